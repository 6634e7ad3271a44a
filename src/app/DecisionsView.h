#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DecisionsView;
}

namespace jalaseh::app {

class ActionItemListModel;
class DatabaseSession;
class DecisionListModel;
class PersonListModel;
class SearchFilterModel;

// Follow-up: the open decisions of every meeting (overdue first) or all of them, with the
// action items of the selected one.
class DecisionsView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsView(QWidget* parent = nullptr);
    ~DecisionsView() override;

    void setSession(DatabaseSession* session);
    void reload();
    void focusSearch();
    DecisionListModel* model() const { return m_model; }

signals:
    void openMeeting(jalaseh::Id meetingId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Views out of sight reload when they are next shown, not at every edit.
    void reloadWhenShown();
    void showActionItems();
    void openCurrentMeeting();
    void showCount();

    std::unique_ptr<Ui::DecisionsView> m_ui;
    DatabaseSession* m_session = nullptr;
    bool m_stale = false;
    DecisionListModel* m_model;
    SearchFilterModel* m_filter;
    PersonListModel* m_people;
    ActionItemListModel* m_actionItems;
};

} // namespace jalaseh::app
