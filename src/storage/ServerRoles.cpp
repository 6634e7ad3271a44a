#include "ServerRoles.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace jalaseh::storage::ServerRoles {
namespace {

constexpr qsizetype maxIdentifierBytes = 63; // PostgreSQL's NAMEDATALEN - 1

const QList<Role> allRoles{Role::Secretariat, Role::Lead, Role::Viewer};

void run(Database& database, const QString& sql)
{
    Statement(database, sql).exec();
}

QString currentDatabaseName(const Database& database)
{
    Statement query(database, QStringLiteral("SELECT current_database()"));
    query.exec();
    query.next();
    return query.text(0);
}

// The first `bytes` bytes of `text` in UTF-8, never cutting a character in two.
QString utf8Prefix(const QString& text, qsizetype bytes)
{
    QString prefix;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        if ((prefix + character).toUtf8().size() > bytes)
            break;
        prefix += character;
        i += length;
    }
    return prefix;
}

QString groupList(const QString& databaseName)
{
    QStringList names;
    for (Role role : allRoles)
        names.append(quotedIdentifier(groupRoleName(databaseName, role)));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Secretariat:
        return QStringLiteral("secretariat");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString groupRoleName(const QString& databaseName, Role role)
{
    QString base = QStringLiteral("jalaseh_") + databaseName;
    const qsizetype longestSuffix = QByteArrayLiteral("_secretariat").size();
    if (base.toUtf8().size() + longestSuffix > maxIdentifierBytes) {
        // PostgreSQL would cut a longer name silently, and two long database names with the same
        // beginning would share their roles; the hash of the whole name keeps them apart.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(8));
        const qsizetype room = maxIdentifierBytes - longestSuffix - 8 /* jalaseh_ */ - 9;
        base =
            QStringLiteral("jalaseh_") + utf8Prefix(databaseName, room) + QLatin1Char('_') + hash;
    }
    return base + QLatin1Char('_') + roleKey(role);
}

QString quotedIdentifier(const QString& name)
{
    if (name.contains(QChar(0)))
        throw StorageError(QCoreApplication::translate(
                               "Storage", "A name for the database server may not contain the "
                                          "character NUL."),
                           QStringLiteral("NUL in identifier"));
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quotedLiteral(const QString& text)
{
    if (text.contains(QChar(0)))
        throw StorageError(
            QCoreApplication::translate("Storage", "A password may not contain the character NUL."),
            QStringLiteral("NUL in literal"));
    // E'...': backslashes are escapes whatever standard_conforming_strings says, so both the
    // backslash and the quote are doubled.
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("E'") + quoted + QLatin1Char('\'');
}

bool mayCreateRoles(const Database& database)
{
    Statement query(database, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                             "WHERE rolname = current_user"));
    query.exec();
    return query.next() && query.flag(0);
}

bool ownsTables(const Database& database)
{
    // Superusers are members of every role.
    Statement query(database,
                    QStringLiteral("SELECT pg_has_role(current_user, c.relowner, 'USAGE') "
                                   "FROM pg_class c WHERE c.oid = to_regclass('jalaseh_schema')"));
    query.exec();
    return query.next() && query.flag(0);
}

// Whether schema step 7 ran: grantRights runs in step 6 too, before the columns exist.
bool hasVersionColumns(const Database& database)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM information_schema.columns "
                                             "WHERE table_schema = current_schema() "
                                             "AND table_name = 'decision' AND column_name = ?"));
    query.bind(QStringLiteral("version")).exec();
    return query.next();
}

bool hasTable(const Database& database, const QString& table)
{
    Statement query(database, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    query.bind(table).exec();
    return query.next() && query.flag(0);
}

bool roleExists(const Database& database, const QString& name)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.bind(name).exec();
    return query.next();
}

void setUp(Database& database)
{
    const QString name = currentDatabaseName(database);
    for (Role role : allRoles) {
        const QString group = groupRoleName(name, role);
        if (!roleExists(database, group))
            run(database, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedIdentifier(group)));
    }
    grantRights(database);
}

void grantRights(Database& database)
{
    const QString name = currentDatabaseName(database);
    for (Role role : allRoles) {
        if (!roleExists(database, groupRoleName(name, role)))
            return;
    }
    const QString all = groupList(name);
    const QString secretariat = quotedIdentifier(groupRoleName(name, Role::Secretariat));
    const QString lead = quotedIdentifier(groupRoleName(name, Role::Lead));
    Statement schemaQuery(database, QStringLiteral("SELECT current_schema()"));
    schemaQuery.exec();
    schemaQuery.next();
    const QString schema = quotedIdentifier(schemaQuery.text(0));
    // Whoever reads the person linked to a lead's login in a policy needs the table.
    const QString linkedPerson =
        QStringLiteral("(SELECT l.person_id FROM jalaseh_login l WHERE l.login = current_user)");
    const QString versionColumns = hasVersionColumns(database)
                                       ? QStringLiteral(", version, changed_by, changed_at")
                                       : QString();
    const QStringList statements{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quotedIdentifier(name), all),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, secretariat),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")
            .arg(schema, secretariat),
        // The schema's version is the owner's: only the owner migrates, and PostgresOpening tells
        // a login that may migrate by this right.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON jalaseh_schema FROM %1").arg(secretariat),
        // A lead changes the follow-up state and nothing else; the policies below say of which
        // rows. Meetings (their status: approving and amending minutes) are the secretariat's.
        // The row's version moves on with the change (schema version 7, RowVersions.h).
        QStringLiteral("GRANT UPDATE (follow_up%2) ON decision TO %1").arg(lead, versionColumns),
        QStringLiteral("GRANT UPDATE (state%2) ON action_item TO %1").arg(lead, versionColumns),
    };
    for (const QString& statement : statements)
        run(database, statement);
    // The history (schema step 10) is written by its triggers as the owner; a login that could
    // write it could rewrite what happened.
    if (hasTable(database, QStringLiteral("change_log")))
        run(database,
            QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON change_log FROM %1").arg(secretariat));
    for (const auto& [table, responsible] :
         {std::pair{QStringLiteral("decision"), QStringLiteral("responsible_id")},
          std::pair{QStringLiteral("action_item"), QStringLiteral("owner_id")}}) {
        // The owner is not subject to row-level security (no FORCE): migrations and copies see
        // and change every row. Every other login reads every row.
        const QStringList policies{
            QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS jalaseh_read ON %1").arg(table),
            QStringLiteral("CREATE POLICY jalaseh_read ON %1 FOR SELECT USING (true)").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS jalaseh_secretariat ON %1").arg(table),
            QStringLiteral("CREATE POLICY jalaseh_secretariat ON %1 FOR ALL TO %2 "
                           "USING (true) WITH CHECK (true)")
                .arg(table, secretariat),
            // USING (true) with a WITH CHECK, not a USING that hides the row: an update of
            // another's row is refused with an error (42501), never silently skipped.
            QStringLiteral("DROP POLICY IF EXISTS jalaseh_lead ON %1").arg(table),
            QStringLiteral("CREATE POLICY jalaseh_lead ON %1 FOR UPDATE TO %2 USING (true) "
                           "WITH CHECK (%3 = %4)")
                .arg(table, lead, responsible, linkedPerson),
        };
        for (const QString& statement : policies)
            run(database, statement);
    }
}

std::optional<Role> roleOfCurrentLogin(const Database& database)
{
    return roleOfCurrentLogin(database, currentDatabaseName(database));
}

std::optional<Role> roleOfCurrentLogin(const Database& database, const QString& name)
{
    Statement query(database, QStringLiteral("SELECT g.rolname FROM pg_auth_members m "
                                             "JOIN pg_roles g ON g.oid = m.roleid "
                                             "JOIN pg_roles u ON u.oid = m.member "
                                             "WHERE u.rolname = current_user "
                                             "AND g.rolname IN (?, ?, ?)"));
    for (Role role : allRoles)
        query.bind(groupRoleName(name, role));
    query.exec();
    std::optional<Role> found;
    while (query.next()) {
        for (Role role : allRoles) {
            // The widest role wins when a login was put into two.
            if (query.text(0) == groupRoleName(name, role) && (!found || role < *found))
                found = role;
        }
    }
    return found;
}

CurrentLogin currentLogin(const Database& database)
{
    CurrentLogin login;
    // jalaseh_login is there from schema step 6 on; a server database is always migrated first.
    Statement query(database,
                    QStringLiteral("SELECT current_user, current_database(), (SELECT l.person_id "
                                   "FROM jalaseh_login l WHERE l.login = current_user)"));
    query.exec();
    QString databaseName;
    if (query.next()) {
        login.name = query.text(0);
        databaseName = query.text(1);
        login.personId = query.optionalId(2);
    }
    login.role = roleOfCurrentLogin(database, databaseName);
    login.ownsTables = ownsTables(database);
    return login;
}

QList<Login> logins(const Database& database)
{
    const QString name = currentDatabaseName(database);
    Statement query(database,
                    QStringLiteral("SELECT u.rolname, g.rolname, l.person_id, p.given_name, "
                                   "p.family_name FROM pg_auth_members m "
                                   "JOIN pg_roles g ON g.oid = m.roleid "
                                   "JOIN pg_roles u ON u.oid = m.member "
                                   "LEFT JOIN jalaseh_login l ON l.login = u.rolname::text "
                                   "LEFT JOIN person p ON p.id = l.person_id "
                                   "WHERE g.rolname IN (?, ?, ?) ORDER BY u.rolname, g.rolname"));
    for (Role role : allRoles)
        query.bind(groupRoleName(name, role));
    query.exec();
    QList<Login> found;
    while (query.next()) {
        Login login;
        login.name = query.text(0);
        for (Role role : allRoles) {
            if (query.text(1) == groupRoleName(name, role))
                login.role = role;
        }
        login.personId = query.optionalId(2);
        if (login.personId)
            login.personName = QString(query.text(3) + QLatin1Char(' ') + query.text(4)).trimmed();
        found.append(login);
    }
    return found;
}

std::optional<Login> findLogin(const Database& database, const QString& name)
{
    for (const Login& login : logins(database)) {
        if (login.name == name)
            return login;
    }
    return std::nullopt;
}

void addLogin(Database& database, const QString& name, Role role, std::optional<Id> personId,
              const std::optional<QString>& password)
{
    if (name.trimmed().isEmpty() || name.toUtf8().size() > maxIdentifierBytes)
        throw StorageError(QCoreApplication::translate(
                               "Storage", "A login's name must have between 1 and 63 bytes "
                                          "(63 Latin letters, about 30 Persian ones)."),
                           QStringLiteral("login name '%1'").arg(name));
    Transaction transaction(database);
    if (roleExists(database, name))
        throw StorageError(QCoreApplication::translate(
                               "Storage", "The server already has a login or role named “%1” "
                                          "(logins belong to the whole server, not to one "
                                          "database). Choose another name, or remove it first.")
                               .arg(name),
                           QStringLiteral("role %1 exists").arg(name));
    setUp(database);
    const QString group = groupRoleName(currentDatabaseName(database), role);
    QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(quotedIdentifier(name));
    if (password)
        create += QStringLiteral(" PASSWORD ") + quotedLiteral(*password);
    create += QStringLiteral(" IN ROLE ") + quotedIdentifier(group);
    run(database, create);
    Statement(database, QStringLiteral("INSERT INTO jalaseh_login (login, person_id) "
                                       "VALUES (?, ?)"))
        .bind(name)
        .bind(personId)
        .exec();
    transaction.commit();
}

void removeLogin(Database& database, const QString& name)
{
    Transaction transaction(database);
    if (!findLogin(database, name))
        throw StorageError(QCoreApplication::translate(
                               "Storage", "“%1” is not a login of this database, so nothing was "
                                          "removed. `jalaseh users list` shows its logins.")
                               .arg(name),
                           QStringLiteral("no login %1").arg(name));
    Statement(database, QStringLiteral("DELETE FROM jalaseh_login WHERE login = ?"))
        .bind(name)
        .exec();
    try {
        run(database, QStringLiteral("DROP ROLE %1").arg(quotedIdentifier(name)));
    } catch (const StorageError& error) {
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "The login “%1” still owns something on the server or has rights in "
                               "another database, so it was not removed. Ask the server's "
                               "administrator to reassign or revoke them first.")
                               .arg(name),
                           error.technicalDetail());
    }
    transaction.commit();
}

} // namespace jalaseh::storage::ServerRoles
