#include "Database.h"

#include "storage/DatabaseOpening.h"
#include "storage/Migration.h"
#include "storage/PostgresOpening.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    , m_serverRole(std::move(other.m_serverRole))
    , m_schemaVersion(other.m_schemaVersion)
    , m_migratedFrom(other.m_migratedFrom)
    , m_backupPath(std::move(other.m_backupPath))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, 0))
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
        m_serverRole = std::move(other.m_serverRole);
        m_schemaVersion = other.m_schemaVersion;
        m_migratedFrom = other.m_migratedFrom;
        m_backupPath = std::move(other.m_backupPath);
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
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
