#pragma once

#include "core/Id.h"

#include <QList>
#include <QString>
#include <optional>

namespace jalaseh::storage {

class Database;

// The three roles of a Jalaseh database on a PostgreSQL server, enforced by the server itself
// (grants, column grants and row-level security), and the logins that belong to them:
//  - secretariat: reads and changes everything (meetings, minutes and their approval, people...);
//  - lead: reads everything; changes only the follow-up state of the decisions and action items
//    whose responsible person is the person linked to the login (table jalaseh_login);
//  - viewer: reads.
// Roles are server-wide in PostgreSQL while data is per database, so the group roles carry the
// database's name: jalaseh_<database>_secretariat, _lead, _viewer. A login belongs to one of them;
// two databases on one server have different group roles, so a login of one has no rights in the
// other. The database's owner (who runs migrations) owns the tables and keeps every right.
namespace ServerRoles {

enum class Role
{
    Secretariat,
    Lead,
    Viewer,
};

QString roleKey(Role role); // "secretariat", "lead", "viewer"
std::optional<Role> roleFromKey(const QString& key);

// The group role of `role` for the database `databaseName`: "jalaseh_<name>_<role>", at most 63
// bytes (PostgreSQL's limit; a longer database name is cut and marked with a hash of the whole).
QString groupRoleName(const QString& databaseName, Role role);

// SQL text for the few statements that take no bound values (CREATE ROLE, GRANT...): an
// identifier in double quotes and a string literal in E'' form (its meaning does not depend on
// standard_conforming_strings). Throws StorageError for text with a NUL character.
QString quotedIdentifier(const QString& name);
QString quotedLiteral(const QString& text);

// Whether the login of `database` may create roles (a superuser, or CREATEROLE).
bool mayCreateRoles(const Database& database);
// Whether the login owns the database's tables (or is a superuser): only it may grant rights.
bool ownsTables(const Database& database);

// Creates the three group roles where missing (needs mayCreateRoles) and grants them their rights
// (needs ownsTables); the row-level security of decisions and action items. Idempotent: schema
// migrations call it again so that new tables get their grants. Inside the caller's transaction.
void setUp(Database& database);
// Grants only (the roles exist); does nothing when they do not.
void grantRights(Database& database);

// The role of the connection's login in this database; nullopt for the owner, a superuser, or a
// login that Jalaseh did not make.
std::optional<Role> roleOfCurrentLogin(const Database& database);
// The same, when the caller already knows the database's name (current_database()).
std::optional<Role> roleOfCurrentLogin(const Database& database, const QString& databaseName);

// Who the connection is on the server, for the window's status bar and what it offers to edit.
struct CurrentLogin
{
    QString name;               // current_user
    std::optional<Role> role;   // as roleOfCurrentLogin()
    std::optional<Id> personId; // the person linked to the login (jalaseh_login), if any
    bool ownsTables = false;    // the database's owner or a superuser: every right
};
CurrentLogin currentLogin(const Database& database);

struct Login
{
    QString name;
    Role role = Role::Viewer;
    std::optional<Id> personId;
    QString personName; // "given family", empty when none is linked
};

// The logins of this database's three roles, by name.
QList<Login> logins(const Database& database);
std::optional<Login> findLogin(const Database& database, const QString& name);
// Whether a role (login or not) of this name exists anywhere on the server.
bool roleExists(const Database& database, const QString& name);

// Adds a login to `role` (linked to `personId` when given), with `password` (none when nullopt:
// for servers that authenticate by certificate or peer). One transaction. Throws StorageError.
void addLogin(Database& database, const QString& name, Role role, std::optional<Id> personId,
              const std::optional<QString>& password);
// Drops a login of this database. Throws StorageError.
void removeLogin(Database& database, const QString& name);

} // namespace ServerRoles
} // namespace jalaseh::storage
