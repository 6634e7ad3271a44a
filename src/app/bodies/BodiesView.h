#pragma once

#include "core/Id.h"

#include <QWidget>
#include <memory>

namespace Ui {
class BodiesView;
}

namespace jalaseh::session {
class BodyListModel;
class DatabaseSession;
class EditRights;
class MembershipListModel;
class PersonListModel;
class SearchFilterModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

// The steering committee and the working groups, and the members of the selected one with
// their roles and periods. A login that may not change them (a server's lead or viewer) is offered
// no edits: the view says why and opens a body or a membership for reading.
class BodiesView : public QWidget
{
    Q_OBJECT
public:
    explicit BodiesView(QWidget* parent = nullptr);
    ~BodiesView() override;

    void setSession(session::DatabaseSession* session);
    // What the login may change (MainWindow reads it with the session).
    void setEditRights(const session::EditRights& rights);
    void reload();
    void focusSearch();
    // Filters the list to `text` (as if typed into its search box) and selects the first row.
    void showMatching(const QString& text);
    session::BodyListModel* model() const { return m_model; }
    session::MembershipListModel* members() const { return m_members; }

private:
    Id currentBodyId() const;
    void showMembers();
    // "Merge into…" is offered for a body not merged yet, to a login that may change bodies.
    void showMergeOffer();
    void newBody();
    void editBody();
    void removeBody();
    void mergeBody();
    void addMember();
    void editMember();
    void removeMember();

    std::unique_ptr<Ui::BodiesView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    bool m_mayEdit = true;
    QString m_whyNot; // why not, when the login may not
    StaleReload* m_staleness;
    session::BodyListModel* m_model;
    session::SearchFilterModel* m_filter;
    session::MembershipListModel* m_members;
    session::PersonListModel* m_people;
};

} // namespace jalaseh::app
