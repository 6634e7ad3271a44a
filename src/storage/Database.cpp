#include "Database.h"

#include "storage/DatabaseOpening.h"
#include "storage/FailedStatements.h"
#include "storage/FileHolder.h"
#include "storage/FileSystem.h"
#include "storage/Migration.h"
#include "storage/PostgresOpening.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <sys/stat.h>
#include <utility>

namespace jalaseh::storage {
namespace {

// The files this process has open, by device and inode, and how many times: a second window of
// the same process on a file is told so (sharingNote); SQLite's locks do not show it.
QMutex openFilesMutex;
QHash<QPair<quint64, quint64>, int>& openFiles()
{
    static QHash<QPair<quint64, quint64>, int> files;
    return files;
}

} // namespace

Database::OpenResult Database::open(const QString& address, const OpenOptions& options)
{
    bool ok = false;
    QString error;
    const DatabaseAddress parsed = DatabaseAddress::parse(address, &ok, &error);
    if (!ok)
        return {nullptr, OpenProblem::BadAddress, error};
    if (parsed.engine == Engine::Postgres)
        return PostgresOpening(parsed, options).run();
    OpenResult result = DatabaseOpening(address, options).run();
    if (result.database) {
        result.database->registerOpenFile();
        const QString network = networkFileSystemName(address);
        if (!network.isEmpty())
            result.database->m_networkNote =
                QCoreApplication::translate(
                    "Database",
                    "“%1” is on a network file system (%2). SQLite cannot rely on file locks "
                    "between computers there: two people working on it at once may damage it. "
                    "Keep it on this computer's disk, or for working together use a database "
                    "server (File → Connect to a server…).")
                    .arg(QFileInfo(address).fileName(), network);
    }
    return result;
}

void Database::registerOpenFile()
{
    if (m_engine != Engine::Sqlite || !m_identity || m_registered)
        return;
    QMutexLocker lock(&openFilesMutex);
    ++openFiles()[{m_identity->device, m_identity->inode}];
    m_registered = true;
}

QString Database::sharingNote() const
{
    if (m_engine != Engine::Sqlite || !m_identity)
        return {};
    const QString name = QFileInfo(m_path).fileName();
    QStringList notes;
    if (m_busyWhenOpened)
        notes.append(
            m_busyAtOpen.isEmpty()
                ? QCoreApplication::translate(
                      "Database", "Another program was saving to “%1” as it was opened. You can "
                                  "read as usual; a change of yours waits for it, and if it takes "
                                  "too long you are asked to try again.")
                      .arg(name)
                : QCoreApplication::translate(
                      "Database", "%1 was saving to “%2” as it was opened. You can read as usual; "
                                  "a change of yours waits for it, and if it takes too long you "
                                  "are asked to try again.")
                      .arg(m_busyAtOpen, name));
    int inThisProcess = 0;
    {
        QMutexLocker lock(&openFilesMutex);
        inThisProcess = openFiles().value({m_identity->device, m_identity->inode});
    }
    const OtherProcess other = otherProcessUsing(m_path);
    if (inThisProcess > 1)
        notes.append(QCoreApplication::translate(
                         "Database", "“%1” is also open in another window of Jalaseh. Both "
                                     "can work on it: each shows the other's changes within a "
                                     "second, and a row changed in both is not overwritten "
                                     "unseen.")
                         .arg(name));
    else if (other.pid != 0)
        notes.append(QCoreApplication::translate(
                         "Database", "“%1” is also open in another program on this computer "
                                     "(%2, process %3), perhaps another Jalaseh window. Both "
                                     "can work on it: each shows the other's changes within a "
                                     "second, and a row changed in both is not overwritten "
                                     "unseen.")
                         .arg(name, other.name.isEmpty() ? QStringLiteral("?") : other.name,
                              QString::number(other.pid)));
    return notes.join(QLatin1Char(' '));
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
    , m_networkNote(std::move(other.m_networkNote))
    , m_busyAtOpen(std::move(other.m_busyAtOpen))
    , m_busyWhenOpened(other.m_busyWhenOpened)
    , m_registered(std::exchange(other.m_registered, false))
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
        m_networkNote = std::move(other.m_networkNote);
        m_busyAtOpen = std::move(other.m_busyAtOpen);
        m_busyWhenOpened = other.m_busyWhenOpened;
        m_registered = std::exchange(other.m_registered, false);
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
    if (m_registered && m_identity) {
        QMutexLocker lock(&openFilesMutex);
        auto& files = openFiles();
        const QPair<quint64, quint64> key{m_identity->device, m_identity->inode};
        if (--files[key] <= 0)
            files.remove(key);
        m_registered = false;
    }
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
        throw FileUnavailable(
            StorageError::Advice{
                QCoreApplication::translate(
                    "Storage", "The database file “%1” is no longer where it was opened: it "
                               "was removed, moved or renamed, so nothing can be read from or "
                               "saved to it.")
                    .arg(QFileInfo(m_path).fileName()),
                QCoreApplication::translate(
                    "Storage", "Put the file back (or restore it from a backup copy), then "
                               "open it again with File → Open database.")},
            QStringLiteral("no file at %1").arg(shown), FileUnavailable::Cause::Gone);
    if (!m_identity) {
        m_identity = now; // created after the connection was made
        return;
    }
    if (*now != *m_identity)
        throw FileUnavailable(
            StorageError::Advice{
                QCoreApplication::translate(
                    "Storage", "The database file “%1” was replaced by another file while it "
                               "was open, so nothing more is read from or saved to it.")
                    .arg(QFileInfo(m_path).fileName()),
                QCoreApplication::translate(
                    "Storage", "Open it again with File → Open database to see what it "
                               "holds now.")},
            QStringLiteral("another file at %1").arg(shown), FileUnavailable::Cause::Gone);
}

void Database::checkFileWritable() const
{
    if (m_engine != Engine::Sqlite || m_readOnly || m_path.isEmpty() ||
        m_path == QLatin1String(":memory:"))
        return;
    // As the opening judges it: the mode bits say whether the owner means the file to be
    // changed, root or not.
    const auto meant = [](const QString& path) {
        struct stat status = {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 &&
               (status.st_mode & 0222) != 0 && QFileInfo(path).isWritable();
    };
    const QString folder = QFileInfo(m_path).absolutePath();
    if (meant(m_path) && meant(folder))
        return;
    if (!QFileInfo::exists(m_path))
        return; // checkFileInPlace says so
    const QString name = QFileInfo(m_path).fileName();
    throw FileUnavailable(
        StorageError::Advice{
            meant(m_path)
                ? QCoreApplication::translate(
                      "Storage", "The folder of the database file “%1” was made read-only while "
                                 "the file was open, so the change was not saved.")
                      .arg(name)
                : QCoreApplication::translate(
                      "Storage", "The database file “%1” was made read-only while it was open, "
                                 "so the change was not saved.")
                      .arg(name),
            QCoreApplication::translate(
                "Storage", "Make it writable again and try once more, or save a copy of the "
                           "database in a folder of yours (File → Save a copy as…).")},
        QStringLiteral("not writable: %1").arg(QDir::toNativeSeparators(m_path)),
        FileUnavailable::Cause::ReadOnly);
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
