#pragma once

#include "core/Id.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// What the login of an open database may change, so that the window offers only that: a file
// and a server's secretariat (or its owner) everything; a server's lead the follow-up state of
// the decisions and action items assigned to the person linked to the login; a viewer, or a
// read-only file, nothing. The server enforces the same rules (storage/ServerRoles.h); this only
// keeps the window from offering what would be refused.
class EditRights
{
    Q_DECLARE_TR_FUNCTIONS(EditRights)

public:
    enum class Scope
    {
        Everything,
        OwnFollowUps,
        Nothing,
    };

    // Reads the login's role and person from the server (a file needs no query). Throws
    // storage::StorageError.
    static EditRights of(const storage::Database& database);
    // What is known without asking the server, when reading failed: the role the database read
    // when it was opened, with no person (a lead then marks nothing).
    static EditRights fallback(const storage::Database& database);

    Scope scope() const { return m_scope; }
    bool mayEditEverything() const { return m_scope == Scope::Everything; }
    // Whether the follow-up state of a decision or action item assigned to `responsible` may be
    // changed.
    bool mayMarkFollowUp(std::optional<Id> responsible) const;
    // The person linked to a lead's login.
    std::optional<Id> personId() const { return m_personId; }
    // The login's name on a server (empty for a file) and its Jalaseh role ("secretariat",
    // "lead", "viewer"; "owner" for the database's owner; empty for another login).
    QString loginName() const { return m_loginName; }
    QString role() const { return m_role; }

    // One plain line saying what may not be changed and why; empty when everything may.
    QString limitation() const;
    // Why the follow-up of a row assigned to `responsible` may not be changed; empty when it
    // may.
    QString whyNotFollowUp(std::optional<Id> responsible) const;

private:
    Scope m_scope = Scope::Everything;
    std::optional<Id> m_personId;
    QString m_loginName;
    QString m_role;
    bool m_server = false;
};

} // namespace jalaseh::session
