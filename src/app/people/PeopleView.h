#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PeopleView;
}

namespace jalaseh::session {
class DatabaseSession;
class EditRights;
class PersonListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// Everyone in the database, in Persian order, filtered as the user types; new, edit, remove.
// A login that may not change people (a server's lead or viewer) is offered none of these: the
// view says why and opens a person for reading.
class PeopleView : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleView(QWidget* parent = nullptr);
    ~PeopleView() override;

    void setSession(session::DatabaseSession* session);
    // What the login may change (MainWindow reads it with the session).
    void setEditRights(const session::EditRights& rights);
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
    bool m_mayEdit = true;
    QString m_whyNot; // why not, when the login may not
    StaleReload* m_staleness;
    session::PersonListModel* m_model;
    session::SearchFilterModel* m_filter;
};

} // namespace jalaseh::app
