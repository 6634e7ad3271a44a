#include "Database.h"

#include "storage/DatabaseOpening.h"
#include "storage/FailedStatements.h"
#include "storage/Migration.h"
#include "storage/PostgresOpening.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <sys/stat.h>
#include <utility>

namespace jalaseh::storage {

Database::OpenResult Database::open(const QString& address, const OpenOptions& options)
{
    bool ok = false;
    QString error;
    const DatabaseAddress parsed = DatabaseAddress::parse(address, &ok, &error);
    if (!ok)
        return {nullptr, OpenProblem::BadAddress, error};
    if (parsed.engine == Engine::Postgres)
        return PostgresOpening(parsed, options).run();
    return DatabaseOpening(address, options).run();
}

Database::Database(QString connectionName, QString path, bool readOnly, Engine engine)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_engine(engine)
    , m_readOnly(readOnly)
    , m_identity(identityOf(m_path))
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::move(other.m_path))
    , m_engine(other.m_engine)
    , m_readOnly(other.m_readOnly)
    , m_readOnlyNote(std::move(other.m_readOnlyNote))
    , m_serverRole(std::move(other.m_serverRole))
    , m_schemaVersion(other.m_schemaVersion)
    , m_migratedFrom(other.m_migratedFrom)
    , m_backupPath(std::move(other.m_backupPath))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, 0))
    , m_serverProcessId(other.m_serverProcessId)
    , m_statementsRun(other.m_statementsRun)
    , m_identity(other.m_identity)
    , m_userName(std::move(other.m_userName))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        release();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::move(other.m_path);
        m_engine = other.m_engine;
        m_readOnly = other.m_readOnly;
        m_readOnlyNote = std::move(other.m_readOnlyNote);
        m_serverRole = std::move(other.m_serverRole);
        m_schemaVersion = other.m_schemaVersion;
        m_migratedFrom = other.m_migratedFrom;
        m_backupPath = std::move(other.m_backupPath);
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
        m_serverProcessId = other.m_serverProcessId;
        m_statementsRun = other.m_statementsRun;
        m_identity = other.m_identity;
        m_userName = std::move(other.m_userName);
    }
    return *this;
}

Database::~Database()
{
    release();
}

void Database::release()
{
    if (m_connectionName.isEmpty())
        return;
    FailedStatements::release(m_connectionName); // while the connection is there to free them on
    {
        // Every handle on the connection must be gone before removeDatabase, or Qt warns that the
        // connection is still in use.
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<Database::FileIdentity> Database::identityOf(const QString& path)
{
    struct stat status = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
}

void Database::checkFileInPlace() const
{
    // A server keeps its own files; SQLite's names for a database without a file of its own.
    if (m_engine != Engine::Sqlite || m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return;
    const std::optional<FileIdentity> now = identityOf(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!now)
        throw StorageError(
            StorageError::Advice{
                QCoreApplication::translate(
                    "Storage", "The database file “%1” is no longer where it was opened: it "
                               "was removed, moved or renamed, so nothing can be read from or "
                               "saved to it.")
                    .arg(QFileInfo(m_path).fileName()),
                QCoreApplication::translate(
                    "Storage", "Put the file back (or restore it from a backup copy), then "
                               "open it again with File → Open database.")},
            QStringLiteral("no file at %1").arg(shown));
    if (!m_identity) {
        m_identity = now; // created after the connection was made
        return;
    }
    if (*now != *m_identity)
        throw StorageError(
            StorageError::Advice{
                QCoreApplication::translate(
                    "Storage", "The database file “%1” was replaced by another file while it "
                               "was open, so nothing more is read from or saved to it.")
                    .arg(QFileInfo(m_path).fileName()),
                QCoreApplication::translate(
                    "Storage", "Open it again with File → Open database to see what it "
                               "holds now.")},
            QStringLiteral("another file at %1").arg(shown));
}

int Database::serverProcessId() const
{
    if (m_engine != Engine::Postgres || m_serverProcessId != 0 || isConnectionLost())
        return m_serverProcessId;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
        m_serverProcessId = query.value(0).toInt();
    return m_serverProcessId;
}

bool Database::isConnectionLost() const
{
    // The driver asks libpq for the connection's state, which a failed read or write set: no
    // round trip to the server.
    return m_engine == Engine::Postgres && !connection().isOpen();
}

bool Database::reconnect(QString* error)
{
    if (m_engine != Engine::Postgres)
        return true;
    // A new connection rather than the old one opened again: Qt's PostgreSQL driver does not
    // close a connection that libpq has already lost, and would keep its state.
    static std::atomic<int> reconnections{0};
    const QString name = QStringLiteral("jalaseh-server-again-%1").arg(++reconnections);
    bool opened = false;
    {
        QSqlDatabase fresh = QSqlDatabase::cloneDatabase(m_connectionName, name);
        opened = fresh.open();
        if (opened) {
            QSqlQuery query(fresh);
            query.exec(QStringLiteral("SET client_min_messages = warning"));
        } else if (error) {
            *error = fresh.lastError().databaseText().isEmpty() ? fresh.lastError().text()
                                                                : fresh.lastError().databaseText();
        }
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    release();
    m_connectionName = name;
    m_transactionDepth = 0;
    m_serverProcessId = 0;
    return true;
}

qint64 Database::dataVersion() const
{
    if (m_engine != Engine::Sqlite)
        return 0;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QString Database::userName() const
{
    if (!m_userName.isEmpty())
        return m_userName;
    if (m_engine == Engine::Postgres) {
        // The login the server knows, not the one asked for: the server's word on who it is.
        Statement query(*this, QStringLiteral("SELECT session_user"));
        query.exec();
        if (query.next())
            m_userName = query.text(0);
    } else {
        for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
            m_userName = qEnvironmentVariable(variable);
            if (!m_userName.isEmpty())
                break;
        }
    }
    return m_userName;
}

int Database::currentSchemaVersion()
{
    return migrationSteps().constLast().toVersion;
}

qint32 Database::applicationId()
{
    return 0x4A4C5348; // "JLSH"
}

} // namespace jalaseh::storage
