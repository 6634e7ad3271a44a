#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class BodiesView;
}

namespace jalaseh::app {

class BodyListModel;
class DatabaseSession;
class MembershipListModel;
class PersonListModel;
class SearchFilterModel;

// The steering committee and the working groups, and the members of the selected one with
// their roles and periods.
class BodiesView : public QWidget
{
    Q_OBJECT
public:
    explicit BodiesView(QWidget* parent = nullptr);
    ~BodiesView() override;

    void setSession(DatabaseSession* session);
    void reload();
    void focusSearch();
    // Filters the list to `text` (as if typed into its search box) and selects the first row.
    void showMatching(const QString& text);
    BodyListModel* model() const { return m_model; }
    MembershipListModel* members() const { return m_members; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Out of sight, the view reloads when it is next shown, not at every edit.
    void reloadWhenShown();
    Id currentBodyId() const;
    void showMembers();
    void newBody();
    void editBody();
    void removeBody();
    void mergeBody();
    void addMember();
    void editMember();
    void removeMember();

    std::unique_ptr<Ui::BodiesView> m_ui;
    DatabaseSession* m_session = nullptr;
    bool m_stale = false;
    BodyListModel* m_model;
    SearchFilterModel* m_filter;
    MembershipListModel* m_members;
    PersonListModel* m_people;
};

} // namespace jalaseh::app
