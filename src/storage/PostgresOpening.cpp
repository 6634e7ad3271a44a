#include "PostgresOpening.h"

#include "storage/Migration.h"
#include "storage/SearchKeys.h"
#include "storage/ServerRoles.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>
#include <atomic>

namespace jalaseh::storage {
namespace {

constexpr int defaultConnectTimeoutSeconds = 10;

QString quotedOption(const QString& key, const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return key + QStringLiteral("='") + escaped + QLatin1Char('\'');
}

// What the database holds, read before anything is changed.
struct ServerFacts
{
    QSqlError error;
    int tableCount = 0;
    bool hasVersionTable = false;
    int version = 0;
    bool writable = true;   // may change something (a lead: follow-ups)
    bool mayMigrate = true; // owns the schema's version: the owner (or a superuser)
    QString databaseName;   // as the server names it (the address may leave it out)
};

ServerFacts readFacts(const Database& database)
{
    ServerFacts facts;
    QSqlQuery query(database.connection());
    // What can be asked of any database, Jalaseh's or not, in one statement: every statement sent
    // to a new server process costs a round trip and look-ups in its still cold catalogue, and a
    // command opens one each time it runs. A lead may update one column of two tables: not
    // read-only, yet no migrations.
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')), "
            "to_regclass('jalaseh_schema') IS NOT NULL, "
            "coalesce(has_table_privilege(to_regclass('jalaseh_schema'), 'UPDATE'), false), "
            "coalesce(has_any_column_privilege(to_regclass('decision'), 'UPDATE'), false), "
            "current_setting('transaction_read_only') = 'off', current_database()")) ||
        !query.next()) {
        facts.error = query.lastError();
        return facts;
    }
    facts.tableCount = query.value(0).toInt();
    facts.hasVersionTable = query.value(1).toBool();
    const bool writableSession = query.value(4).toBool();
    facts.mayMigrate = query.value(2).toBool() && writableSession;
    facts.writable = facts.mayMigrate || (query.value(3).toBool() && writableSession);
    facts.databaseName = query.value(5).toString();
    if (facts.hasVersionTable) {
        if (!query.exec(QStringLiteral("SELECT max(version) FROM jalaseh_schema")) ||
            !query.next()) {
            facts.error = query.lastError();
            return facts;
        }
        facts.version = query.value(0).toInt();
    }
    return facts;
}

} // namespace

PostgresOpening::PostgresOpening(DatabaseAddress address, const OpenOptions& options)
    : m_address(std::move(address))
    , m_options(options)
{
}

Database::OpenResult PostgresOpening::run()
{
    QString connectError;
    auto database = connect(&connectError);
    if (!database)
        return connectionFailure(connectError);

    const ServerFacts facts = readFacts(*database);
    const QString name = m_address.databaseName;
    if (facts.error.isValid()) {
        qWarning("jalaseh storage: %s cannot be read: %s", qPrintable(m_address.display()),
                 qPrintable(facts.error.text()));
        if (facts.error.nativeErrorCode() == QLatin1String("42501"))
            return failure(OpenProblem::NotAllowed,
                           QCoreApplication::translate(
                               "Database", "The login “%1” may not read Jalaseh's tables in the "
                                           "database “%2” on the server. Ask the server's "
                                           "administrator to grant it access.")
                               .arg(m_address.user, name));
        return failure(OpenProblem::Unreadable,
                       storageErrorFrom(facts.error, {}, Engine::Postgres).userMessage());
    }
    if (!facts.hasVersionTable) {
        if (facts.tableCount == 0 && m_options.create) {
            try {
                migrateSchema(*database, 0, Database::currentSchemaVersion());
            } catch (const StorageError& error) {
                qWarning("jalaseh storage: creating the schema failed: %s", error.what());
                return failure(OpenProblem::CannotCreate,
                               QCoreApplication::translate(
                                   "Database", "Jalaseh could not create its tables in the "
                                               "database “%1” on the server (%2) Nothing was "
                                               "changed.")
                                   .arg(name, error.userMessage()));
            }
            database->m_schemaVersion = Database::currentSchemaVersion();
            return {std::move(database), OpenProblem::None, {}};
        }
        return failure(
            OpenProblem::NotJalaseh,
            facts.tableCount == 0
                ? QCoreApplication::translate(
                      "Database", "The database “%1” on the server is empty. Create Jalaseh's "
                                  "tables in it with `jalaseh --db ADDRESS init`, or copy a "
                                  "file into it with `jalaseh copy FILE ADDRESS`.")
                      .arg(name)
                : QCoreApplication::translate(
                      "Database", "The database “%1” on the server holds the tables of another "
                                  "program, not Jalaseh's. Use a database of its own for Jalaseh; "
                                  "nothing was changed.")
                      .arg(name));
    }
    const int current = Database::currentSchemaVersion();
    if (facts.version > current)
        return failure(OpenProblem::NewerVersion,
                       QCoreApplication::translate(
                           "Database",
                           "The database on the server was written by a newer version of Jalaseh "
                           "(schema %1; this version reads up to %2). Update Jalaseh to open it; "
                           "nothing was changed.")
                           .arg(facts.version)
                           .arg(current));
    database->m_readOnly = !facts.writable;
    if (database->m_readOnly && !m_options.allowReadOnly)
        return failure(OpenProblem::ReadOnly,
                       QCoreApplication::translate(
                           "Database", "The login “%1” may read the database “%2” on the server "
                                       "but not change it, and it has to be changed. Ask the "
                                       "server's administrator for the right to write.")
                           .arg(m_address.user, name));
    if (facts.version < current && m_options.migrate) {
        if (!facts.mayMigrate)
            return failure(OpenProblem::ReadOnly,
                           QCoreApplication::translate(
                               "Database", "The database “%1” on the server was written by an "
                                           "older version of Jalaseh and must be updated, but "
                                           "this login may not change it. Ask the server's "
                                           "administrator to open it once with this version.")
                               .arg(name));
        int startedFrom = facts.version;
        try {
            // One transaction: a failed step leaves the database exactly as it was.
            startedFrom = migrateSchema(*database, facts.version, current);
        } catch (const StorageError& error) {
            qWarning("jalaseh storage: migration failed: %s", error.what());
            return failure(OpenProblem::MigrationFailed,
                           QCoreApplication::translate(
                               "Database", "Jalaseh could not update the database “%1” on the "
                                           "server to its current format (%2) Nothing was "
                                           "changed.")
                               .arg(name, error.userMessage()));
        }
        // Zero when another program updated it between our look and our lock.
        database->m_migratedFrom = startedFrom < current ? startedFrom : 0;
        database->m_schemaVersion = current;
        return {std::move(database), OpenProblem::None, {}};
    }
    database->m_schemaVersion = facts.version;
    try {
        if (const auto role = ServerRoles::roleOfCurrentLogin(*database, facts.databaseName))
            database->m_serverRole = ServerRoles::roleKey(*role);
    } catch (const StorageError& error) {
        qWarning("jalaseh storage: could not read the login's role: %s", error.what());
    }
    if (facts.version == current && facts.mayMigrate && !SearchKeys::upToDate(*database)) {
        try {
            SearchKeys::rebuild(*database);
        } catch (const StorageError& error) {
            qWarning("jalaseh storage: could not renew search keys: %s", error.what());
        }
    }
    return {std::move(database), OpenProblem::None, {}};
}

std::unique_ptr<Database> PostgresOpening::connect(QString* error) const
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("jalaseh-server-%1").arg(++connections);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!connection.isValid()) {
            *error = QString();
        } else {
            connection.setHostName(m_address.host);
            if (m_address.port != 0)
                connection.setPort(m_address.port);
            connection.setUserName(m_address.user);
            connection.setPassword(m_address.password);
            connection.setDatabaseName(m_address.databaseName);
            QStringList options;
            if (m_address.option(QStringLiteral("connect_timeout")).isEmpty())
                options.append(quotedOption(QStringLiteral("connect_timeout"),
                                            QString::number(defaultConnectTimeoutSeconds)));
            // A network that goes silent must not hold the window: keepalives notice an idle
            // connection that died within about 20 s, and data the server does not acknowledge
            // within 10 s fails the statement instead of waiting for TCP's many minutes.
            for (const auto& [key, value] :
                 {std::pair{QStringLiteral("keepalives_idle"), QStringLiteral("10")},
                  std::pair{QStringLiteral("keepalives_interval"), QStringLiteral("3")},
                  std::pair{QStringLiteral("keepalives_count"), QStringLiteral("3")},
                  std::pair{QStringLiteral("tcp_user_timeout"), QStringLiteral("10000")}})
                if (m_address.option(key).isEmpty())
                    options.append(quotedOption(key, value));
            if (m_address.option(QStringLiteral("application_name")).isEmpty())
                options.append(
                    quotedOption(QStringLiteral("application_name"), QStringLiteral("jalaseh")));
            for (const auto& [key, value] : m_address.options)
                options.append(quotedOption(key, value));
            connection.setConnectOptions(options.join(QLatin1Char(';')));
            if (connection.open()) {
                QSqlQuery query(connection);
                // Notices (e.g. "extension already exists") are for administrators, not users.
                // (Not the connection's `options`: a pooler such as PgBouncer refuses those.)
                query.exec(QStringLiteral("SET client_min_messages = warning"));
                return std::unique_ptr<Database>(
                    new Database(name, m_address.display(), false, Engine::Postgres));
            }
            *error = connection.lastError().databaseText();
            if (error->isEmpty())
                *error = connection.lastError().text();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return nullptr;
}

Database::OpenResult PostgresOpening::connectionFailure(const QString& libpqMessage) const
{
    qWarning("jalaseh storage: connecting to %s failed: %s", qPrintable(m_address.display()),
             qPrintable(libpqMessage.simplified()));
    const auto says = [&](const char* text) {
        return libpqMessage.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const QString server = m_address.host.isEmpty() || m_address.host.startsWith(QLatin1Char('/'))
                               ? QCoreApplication::translate("Database", "this computer")
                               : m_address.host;
    if (libpqMessage.isNull())
        return failure(OpenProblem::ServerUnreachable,
                       QCoreApplication::translate(
                           "Database", "Qt's PostgreSQL driver is missing, so Jalaseh cannot "
                                       "reach a database server. Install the package "
                                       "libqt6sql6-psql (or reinstall Jalaseh)."));
    if (says("SSL") || says("GSSAPI") || says("encryption"))
        return failure(OpenProblem::EncryptionRefused,
                       QCoreApplication::translate(
                           "Database", "The address asks for an encrypted connection, but the "
                                       "server %1 does not offer one (or its certificate was not "
                                       "accepted). Ask the server's administrator to turn on "
                                       "TLS, or check the address's sslmode.")
                           .arg(server));
    if (says("password authentication failed") || says("no password supplied") ||
        (says("role") && says("does not exist")) || says("authentication failed"))
        return failure(OpenProblem::LoginRefused,
                       QCoreApplication::translate(
                           "Database", "The database server %1 refused the login “%2”: the user "
                                       "name or the password is wrong. Check them in the address.")
                           .arg(server, m_address.user));
    if (says("database") && says("does not exist"))
        return failure(OpenProblem::NoSuchDatabase,
                       QCoreApplication::translate(
                           "Database", "The database server %1 has no database named “%2”. Check "
                                       "the name in the address, or ask the server's "
                                       "administrator to create it.")
                           .arg(server, m_address.databaseName));
    if (says("permission denied") || says("pg_hba.conf") || says("not permitted"))
        return failure(OpenProblem::NotAllowed,
                       QCoreApplication::translate(
                           "Database", "The database server %1 does not allow the login “%2” to "
                                       "use the database “%3”. Ask the server's administrator to "
                                       "grant it access.")
                           .arg(server, m_address.user, m_address.databaseName));
    if (says("could not translate host name") || says("Name or service not known"))
        return failure(OpenProblem::ServerUnreachable,
                       QCoreApplication::translate(
                           "Database", "There is no server named “%1”. Check the spelling of the "
                                       "server's name in the address.")
                           .arg(m_address.host));
    const QString timeout = m_address.option(QStringLiteral("connect_timeout"));
    return failure(OpenProblem::ServerUnreachable,
                   QCoreApplication::translate(
                       "Database", "No database server answered at %1 within %2 seconds. Check "
                                   "the server's name and port in the address, the network, and "
                                   "that the server is running.")
                       .arg(m_address.display())
                       .arg(timeout.isEmpty() ? defaultConnectTimeoutSeconds : timeout.toInt()));
}

Database::OpenResult PostgresOpening::failure(OpenProblem problem, const QString& message) const
{
    return {nullptr, problem, message};
}

} // namespace jalaseh::storage
