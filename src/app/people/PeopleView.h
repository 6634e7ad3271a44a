#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PeopleView;
}

namespace jalaseh::session {
class DatabaseSession;
class PersonListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// Everyone in the database, in Persian order, filtered as the user types; new, edit, remove.
class PeopleView : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleView(QWidget* parent = nullptr);
    ~PeopleView() override;

    void setSession(session::DatabaseSession* session);
    void reload();
    void focusSearch();
    // Filters the list to `text` (as if typed into its search box) and selects the first row.
    void showMatching(const QString& text);
    void newPerson();
    void editCurrent();
    session::PersonListModel* model() const { return m_model; }
    session::SearchFilterModel* filter() const { return m_filter; }

private:
    Id currentId() const;
    void removeCurrent();
    void showCount();

    std::unique_ptr<Ui::PeopleView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    StaleReload* m_staleness;
    session::PersonListModel* m_model;
    session::SearchFilterModel* m_filter;
};

} // namespace jalaseh::app
