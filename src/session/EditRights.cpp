#include "session/EditRights.h"

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/ServerRoles.h"

namespace jalaseh::session {

namespace ServerRoles = storage::ServerRoles;

EditRights EditRights::fallback(const storage::Database& database)
{
    EditRights rights;
    rights.m_server = database.engine() == storage::Engine::Postgres;
    rights.m_role = database.serverRole();
    if (rights.m_server) {
        bool ok = false;
        QString error;
        rights.m_loginName = storage::DatabaseAddress::parse(database.path(), &ok, &error).user;
    }
    if (rights.m_role == QLatin1String("lead"))
        rights.m_scope = Scope::OwnFollowUps;
    else if (database.isReadOnly() || rights.m_role == QLatin1String("viewer"))
        rights.m_scope = Scope::Nothing;
    return rights;
}

EditRights EditRights::of(const storage::Database& database)
{
    EditRights rights = fallback(database);
    if (!rights.m_server)
        return rights;
    const ServerRoles::CurrentLogin login = ServerRoles::currentLogin(database);
    rights.m_loginName = login.name;
    rights.m_personId = login.personId;
    if (login.role)
        rights.m_role = ServerRoles::roleKey(*login.role);
    else if (login.ownsTables)
        rights.m_role = QStringLiteral("owner");
    return rights;
}

bool EditRights::mayMarkFollowUp(std::optional<Id> responsible) const
{
    switch (m_scope) {
    case Scope::Everything:
        return true;
    case Scope::OwnFollowUps:
        return m_personId && responsible == m_personId;
    case Scope::Nothing:
        return false;
    }
    return false;
}

QString EditRights::limitation() const
{
    switch (m_scope) {
    case Scope::Everything:
        return {};
    case Scope::OwnFollowUps:
        if (!m_personId)
            return tr("Your login (lead) is linked to no person, so it may change nothing here; "
                      "everything is shown for reading. Ask the secretariat to link it to you.");
        return tr("Your login (lead) may change only the follow-up of the decisions and action "
                  "items assigned to you; everything else is shown for reading.");
    case Scope::Nothing:
        if (m_role == QLatin1String("viewer"))
            return tr("Your login (viewer) may only read this database; nothing can be changed "
                      "here.");
        return tr("This database is open read-only; nothing can be changed here.");
    }
    return {};
}

QString EditRights::whyNotFollowUp(std::optional<Id> responsible) const
{
    if (mayMarkFollowUp(responsible))
        return {};
    if (m_scope == Scope::OwnFollowUps && m_personId)
        return tr("Assigned to someone else: your login (lead) may change the follow-up only of "
                  "what is assigned to you.");
    return limitation();
}

} // namespace jalaseh::session
