#include "DatabaseOpening.h"

#include "storage/BackupStore.h"
#include "storage/FileHolder.h"
#include "storage/Migration.h"
#include "storage/SearchKeys.h"
#include "storage/SqliteFileHeader.h"
#include "storage/SqliteSideFiles.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtDebug>
#include <algorithm>
#include <atomic>

namespace jalaseh::storage {
namespace {

enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    Corrupt = 11,
    CantOpen = 14,
    NotADb = 26
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int sqliteCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// QFileInfo::isWritable asks the system, which lets root write to anything; the mode bits say
// whether the owner meant the file to be changed, and a file marked read-only is opened read-only
// even for root.
bool meantToBeWritten(const QFileInfo& info)
{
    constexpr auto anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// SQLite's WAL journal needs files beside the database, so writing also needs the folder.
bool canWrite(const QString& path)
{
    const QFileInfo file(path);
    return meantToBeWritten(file) && meantToBeWritten(QFileInfo(file.absolutePath()));
}

// What keeps a file from being written: the file, its folder, or both.
struct Writability
{
    bool file = false;
    bool folder = false;

    explicit Writability(const QString& path)
        : file(meantToBeWritten(QFileInfo(path)))
        , folder(meantToBeWritten(QFileInfo(QFileInfo(path).absolutePath())))
    {
    }
    bool both() const { return file && folder; }
};

// What the file says it is, read with the least SQLite can do: the schema table and two header
// fields. Nothing here writes.
struct FileFacts
{
    QSqlError error; // valid when the file could not be read
    qint32 applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

FileFacts readFacts(const Database& database)
{
    FileFacts facts;
    QSqlQuery query(database.connection());
    auto single = [&](const QString& sql) -> qint64 {
        if (facts.error.isValid())
            return 0;
        if (!query.exec(sql) || !query.next()) {
            facts.error = query.lastError();
            return 0;
        }
        return query.value(0).toLongLong();
    };
    facts.objectCount = int(single(QStringLiteral("SELECT count(*) FROM sqlite_schema")));
    facts.applicationId = qint32(single(QStringLiteral("PRAGMA application_id")));
    facts.userVersion = int(single(QStringLiteral("PRAGMA user_version")));
    return facts;
}

// PRAGMA quick_check reads every page: it finds overwritten pages that the header cannot show.
// Reading every page of a large file takes longer than opening may (PRODUCT.md: under 0.5 s), so
// a large file gets the check of the tables the first screen reads; damage elsewhere is reported
// by the query that meets it ("The database file is damaged ...").
bool passesQuickCheck(const Database& database, qint64 wholeFileCheckUpTo, QString* detail)
{
    static const QStringList firstScreenTables{
        QStringLiteral("organisation"), QStringLiteral("letterhead_line"),
        QStringLiteral("person"),       QStringLiteral("body"),
        QStringLiteral("membership"),   QStringLiteral("meeting_series"),
        QStringLiteral("meeting")};
    QStringList checks;
    if (QFileInfo(database.path()).size() <= wholeFileCheckUpTo) {
        checks.append(QStringLiteral("PRAGMA quick_check(1)"));
    } else {
        for (const QString& table : firstScreenTables)
            checks.append(QStringLiteral("PRAGMA quick_check(%1)").arg(table));
    }
    QSqlQuery query(database.connection());
    for (const QString& check : checks) {
        if (!query.exec(check) || !query.next()) {
            *detail = query.lastError().text();
            return false;
        }
        *detail = query.value(0).toString();
        if (*detail != QLatin1String("ok"))
            return false;
    }
    return true;
}

QString notADatabaseMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "“%1” is not a Jalaseh database: it is not a database file at all. Choose a file "
               "saved by Jalaseh; this file was not changed.")
        .arg(shown(path));
}

QString corruptMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "The database file “%1” is damaged and cannot be opened safely. Restore it from a "
               "backup copy (File ▸ Backups, or `jalaseh --db FILE backup list`); this file was "
               "not changed.")
        .arg(shown(path));
}

QString lockedMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "The database file “%1” is in use by another program. Close the other program (or "
               "the other Jalaseh window) and open the file again; the file was not changed.")
        .arg(shown(path));
}

QString unreadableMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "Jalaseh is not allowed to read “%1”. Check the file's permissions, or ask the "
               "person who gave it to you; the file was not changed.")
        .arg(shown(path));
}

QString readOnlyMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "The database file “%1” is read-only, and it has to be opened for changes. Make the "
               "file writable, or copy it to a folder of yours and open the copy; the file was not "
               "changed.")
        .arg(shown(path));
}

// Why a file that has to be opened for changes cannot be: SQLite keeps its journal beside the
// file, so a read-only folder (a CD, a shared folder) stops writing as much as a read-only file.
QString readOnlyMessage(const QString& path, const Writability& writable)
{
    if (!writable.file && writable.folder)
        return readOnlyMessage(path);
    if (writable.file)
        return QCoreApplication::translate(
                   "Database",
                   "The folder of the database file “%1” may not be written to (a CD, or a shared "
                   "folder you may only read), and saving changes needs SQLite's journal files "
                   "beside the file. Ask for write access to the folder, or copy the file to a "
                   "folder of yours and open the copy; the file was not changed.")
            .arg(shown(path));
    return QCoreApplication::translate(
               "Database",
               "The database file “%1” and its folder are read-only (a CD, or a shared folder you "
               "may only read), and it has to be opened for changes. Copy the file to a folder of "
               "yours and open the copy; the file was not changed.")
        .arg(shown(path));
}

// SQLite said "read-only" though the mode bits allow writing: the disk itself is.
QString readOnlyDiskMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "The disk that holds the database file “%1” may only be read (a CD, a read-only "
               "network share), so no change can be saved to it. Copy the file to a folder of "
               "yours and open the copy; the file was not changed.")
        .arg(shown(path));
}

QString staleSideFileMessage(const QString& side, bool inUse)
{
    if (inUse)
        return QCoreApplication::translate(
                   "Database",
                   "“%1” beside the database file was made read-only by a program that opened "
                   "the database read-only (perhaps another user's), and that program still has "
                   "it open, so no change can be saved. Close that program, then open the "
                   "database again; the file was not changed.")
            .arg(shown(side));
    return QCoreApplication::translate(
               "Database",
               "“%1” beside the database file was left read-only by an earlier read-only "
               "opening, and it belongs to another user, so Jalaseh may neither change nor "
               "remove it; no change can be saved until it is gone. Ask that user (or whoever "
               "manages the folder) to delete “%1” while no program has the database open; the "
               "file was not changed.")
        .arg(shown(side));
}

QString logUnreadableMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "The newest changes of “%1” wait in its “-wal” file, which SQLite can read only "
               "with a “-shm” file beside it, and the folder (a CD, or a shared folder you may "
               "only read) does not allow making one. Copy the database file together with its "
               "“-wal” file into a folder of yours and open the copy; the file was not changed.")
        .arg(shown(path));
}

// The window shows it while the file is open read-only.
QString readOnlyNote(const QString& path, const Writability& writable)
{
    const QString name = QFileInfo(path).fileName();
    if (!writable.file && writable.folder)
        return QCoreApplication::translate(
                   "Database",
                   "“%1” is open read-only because the file may not be written to. You can read, "
                   "search and export; to make changes, make the file writable (or open a copy) "
                   "and open it again.")
            .arg(name);
    return QCoreApplication::translate(
               "Database",
               "“%1” is open read-only because its folder may not be written to (a CD, or a "
               "shared folder you may only read). You can read, search and export; to make "
               "changes, copy the file to a folder of yours and open the copy.")
        .arg(name);
}

// A refusal for a problem SQLite reported while reading the file.
std::pair<OpenProblem, QString> readProblem(const QSqlError& error, const QString& path)
{
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return {OpenProblem::Locked, lockedMessage(path)};
    case CantOpen:
        return {OpenProblem::Unreadable, unreadableMessage(path)};
    case ReadOnly: // the side files could not be made or used: the folder or the disk
        return {OpenProblem::Unreadable,
                Writability(path).folder ? readOnlyDiskMessage(path) : logUnreadableMessage(path)};
    case NotADb:
    case Corrupt:
    default:
        return {OpenProblem::Corrupt, corruptMessage(path)};
    }
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral("-holder")})
        QFile::remove(path + suffix);
}

} // namespace

DatabaseOpening::DatabaseOpening(QString path, const OpenOptions& options)
    : m_path(std::move(path))
    , m_options(options)
{
}

Database::OpenResult DatabaseOpening::run()
{
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || !info.exists()) {
        if (m_options.create && !m_path.isEmpty())
            return createNew(false);
        return failure(OpenProblem::NotFound,
                       QCoreApplication::translate(
                           "Database",
                           "The file “%1” does not exist. Check its name and folder, or create a "
                           "new database.")
                           .arg(shown(m_path)));
    }
    if (info.isDir())
        return failure(OpenProblem::NotADatabase,
                       QCoreApplication::translate(
                           "Database",
                           "“%1” is a folder, not a database file. Choose a file saved by Jalaseh.")
                           .arg(shown(m_path)));
    return openExisting();
}

Database::OpenResult DatabaseOpening::openExisting()
{
    switch (SqliteFileHeader::inspect(m_path)) {
    case SqliteFileHeader::Verdict::Unreadable:
        return failure(OpenProblem::Unreadable, unreadableMessage(m_path));
    case SqliteFileHeader::Verdict::Empty:
        if (m_options.create && canWrite(m_path))
            return createNew(true);
        return failure(OpenProblem::NotADatabase,
                       QCoreApplication::translate(
                           "Database",
                           "“%1” is empty, so it is not a Jalaseh database. Choose a file saved by "
                           "Jalaseh; this file was not changed.")
                           .arg(shown(m_path)));
    case SqliteFileHeader::Verdict::NotSqlite:
        return failure(OpenProblem::NotADatabase, notADatabaseMessage(m_path));
    case SqliteFileHeader::Verdict::Sqlite:
        break;
    }

    const Writability writable(m_path);
    bool readOnly = !writable.both();
    if (readOnly && !m_options.allowReadOnly)
        return failure(OpenProblem::ReadOnly, readOnlyMessage(m_path, writable));

    const SqliteSideFiles sideFiles(m_path);
    QString note = readOnly ? readOnlyNote(m_path, writable) : QString();
    if (!readOnly) {
        const SqliteSideFiles::Mending mending = sideFiles.mendForWriting();
        if (!mending.blocking.isEmpty()) {
            const QString message = staleSideFileMessage(mending.blocking, mending.inUse);
            if (mending.inUse || !m_options.allowReadOnly)
                return failure(mending.inUse ? OpenProblem::Locked : OpenProblem::ReadOnly,
                               message);
            readOnly = true;
            note = message;
        }
    }
    bool immutable = false;
    if (readOnly) {
        switch (sideFiles.readingIn(writable.folder)) {
        case SqliteSideFiles::Reading::Plain:
            break;
        case SqliteSideFiles::Reading::Immutable:
            immutable = true;
            break;
        case SqliteSideFiles::Reading::LogUnreadable:
            return failure(OpenProblem::Unreadable, logUnreadableMessage(m_path));
        }
    }

    QString connectError;
    auto database = connect(readOnly, immutable, &connectError);
    if (!database)
        return failure(OpenProblem::Unreadable, unreadableMessage(m_path));

    const FileFacts facts = readFacts(*database);
    if (facts.error.isValid()) {
        qWarning("jalaseh storage: %s cannot be read: %s", qPrintable(m_path),
                 qPrintable(facts.error.text()));
        const auto [problem, message] = readProblem(facts.error, m_path);
        return failure(problem, message);
    }
    if (facts.applicationId != Database::applicationId()) {
        // A blank SQLite file (another tool made it, or a creation stopped half-way) may become
        // a Jalaseh database when the caller asked to create one.
        const bool blank =
            facts.applicationId == 0 && facts.userVersion == 0 && facts.objectCount == 0;
        if (blank && m_options.create && !readOnly) {
            database.reset();
            return createNew(true);
        }
        return failure(
            OpenProblem::NotJalaseh,
            blank ? QCoreApplication::translate(
                        "Database", "“%1” is an empty database, not a Jalaseh database. Choose a "
                                    "file saved by Jalaseh; this file was not changed.")
                        .arg(shown(m_path))
                  : QCoreApplication::translate(
                        "Database", "“%1” is a database of another program, not of Jalaseh. Choose "
                                    "a file saved by Jalaseh; this file was not changed.")
                        .arg(shown(m_path)));
    }
    const int current = Database::currentSchemaVersion();
    if (facts.userVersion > current)
        return failure(OpenProblem::NewerVersion,
                       QCoreApplication::translate(
                           "Database",
                           "This file was written by a newer version of Jalaseh (schema %1; this "
                           "version reads up to %2). Update Jalaseh to open it; the file was not "
                           "changed.")
                           .arg(facts.userVersion)
                           .arg(current));
    QString checkDetail;
    if (facts.userVersion < 1 ||
        !passesQuickCheck(*database, m_options.wholeFileCheckUpToBytes, &checkDetail)) {
        qWarning("jalaseh storage: %s fails its check: %s", qPrintable(m_path),
                 qPrintable(checkDetail));
        const bool busy = checkDetail.contains(QLatin1String("locked"));
        return failure(busy ? OpenProblem::Locked : OpenProblem::Corrupt,
                       busy ? lockedMessage(m_path) : corruptMessage(m_path));
    }

    if (readOnly) {
        if (facts.userVersion < current && m_options.migrate)
            return failure(
                OpenProblem::ReadOnly,
                QCoreApplication::translate(
                    "Database",
                    "The database file “%1” was saved by an older version of Jalaseh and "
                    "must be updated before it can be opened, but it is read-only. Copy "
                    "it to a folder of yours and open the copy; the file was not "
                    "changed.")
                    .arg(shown(m_path)));
        database->m_schemaVersion = facts.userVersion;
        database->m_readOnlyNote = note;
        return {std::move(database), OpenProblem::None, {}};
    }
    return prepareForWriting(std::move(database), facts.userVersion);
}

Database::OpenResult DatabaseOpening::prepareForWriting(std::unique_ptr<Database> database,
                                                        int fileVersion)
{
    QSqlQuery query(database->connection());
    const bool mustMigrate = fileVersion < Database::currentSchemaVersion() && m_options.migrate;
    // Another program in the middle of writing holds the write lock; find out now rather than at
    // the user's first edit.
    if ((m_options.probeWriteLock || mustMigrate) &&
        !query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const int code = sqliteCode(query.lastError());
        if (code == ReadOnly) { // a read-only disk, though the mode bits allow writing
            query = QSqlQuery();
            database.reset();
            if (!m_options.allowReadOnly)
                return failure(OpenProblem::ReadOnly, readOnlyDiskMessage(m_path));
            QString error;
            database = connect(true, false, &error);
            if (!database)
                return failure(OpenProblem::Unreadable, unreadableMessage(m_path));
            database->m_schemaVersion = fileVersion;
            database->m_readOnlyNote = readOnlyDiskMessage(m_path);
            return {std::move(database), OpenProblem::None, {}};
        }
        // Another program is saving: the file opens all the same, for readers never wait for
        // writers (WAL); the window says who is saving (Database::sharingNote), and an edit
        // waits for the lock when it is made. Only a migration must have the lock now.
        if ((code == Busy || code == Locked) && !mustMigrate) {
            database->m_busyWhenOpened = true;
            if (const auto holder = FileHolder::read(m_path); holder && !holder->isStale())
                database->m_busyAtOpen = holder->describe();
        } else {
            const auto [problem, message] = readProblem(query.lastError(), m_path);
            return failure(problem, message);
        }
    } else if (m_options.probeWriteLock || mustMigrate) {
        query.exec(QStringLiteral("ROLLBACK"));
    }

    if (mustMigrate) {
        query = QSqlQuery();
        return migrate(std::move(database), fileVersion);
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        const auto [problem, message] = readProblem(query.lastError(), m_path);
        return failure(problem, message);
    }
    query = QSqlQuery();
    database->m_schemaVersion = fileVersion;
    if (fileVersion == Database::currentSchemaVersion() && !SearchKeys::upToDate(*database)) {
        // The normaliser changed since the keys were made: without new keys search would miss.
        try {
            SearchKeys::rebuild(*database);
        } catch (const StorageError& error) {
            qWarning("jalaseh storage: could not renew search keys: %s", error.what());
        }
    }
    return {std::move(database), OpenProblem::None, {}};
}

Database::OpenResult DatabaseOpening::migrate(std::unique_ptr<Database> database, int fileVersion)
{
    // The copy comes first, while the file is still exactly as the older version left it.
    QString backup;
    try {
        backup = writeBackup(*database, fileVersion);
    } catch (const StorageError& error) {
        qWarning("jalaseh storage: backup before migration failed: %s", error.what());
        return failure(
            OpenProblem::CannotCreate,
            QCoreApplication::translate(
                "Database",
                "Jalaseh must update “%1” to its current format and first saves a copy "
                "of it, but could not write the copy. Check that the disk has free space "
                "and that the folder may be written to; the file was not changed.")
                .arg(shown(m_path)));
    }
    try {
        // In the file's own journal mode, so that a failed migration leaves every byte as it was;
        // WAL comes after.
        const int startedFrom =
            migrateSchema(*database, fileVersion, Database::currentSchemaVersion());
        if (startedFrom >= Database::currentSchemaVersion()) {
            // Another program updated the file between our reading its version and our taking
            // the write lock, and kept its own copy of the old file: ours is the same, twice.
            QFile::remove(backup);
            backup.clear();
        }
        fileVersion = std::min(startedFrom, Database::currentSchemaVersion());
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            throw storageErrorFrom(query.lastError());
    } catch (const StorageError& error) {
        qWarning("jalaseh storage: migration failed: %s", error.what());
        return failure(OpenProblem::MigrationFailed,
                       QCoreApplication::translate(
                           "Database",
                           "Jalaseh could not update “%1” to its current format (%2) The file was "
                           "left as it was, and a copy of it was saved as “%3”.")
                           .arg(shown(m_path), error.userMessage(), shown(backup)));
    }
    database->m_schemaVersion = Database::currentSchemaVersion();
    database->m_migratedFrom = backup.isEmpty() ? 0 : fileVersion;
    database->m_backupPath = backup;
    return {std::move(database), OpenProblem::None, {}};
}

// Into the backup store with the other backups (BackupStore.h), listed as "before migration",
// so that File ▸ Backups and `backup list` show it and the file's own folder gets no copies.
QString DatabaseOpening::writeBackup(Database& database, int) const
{
    return BackupStore(m_path).write(database.connection(), BackupKind::BeforeMigration).path;
}

Database::OpenResult DatabaseOpening::createNew(bool fileExisted)
{
    const QFileInfo info(m_path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return failure(
            OpenProblem::CannotCreate,
            QCoreApplication::translate(
                "Database", "Jalaseh could not create “%1”: the folder “%2” does not exist. Choose "
                            "an existing folder.")
                .arg(shown(m_path), QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!canWrite(fileExisted ? m_path : folder.absoluteFilePath()))
        return failure(
            OpenProblem::CannotCreate,
            QCoreApplication::translate(
                "Database",
                "Jalaseh could not create “%1”: the folder may not be written to. Choose "
                "a folder of yours.")
                .arg(shown(m_path)));
    QString connectError;
    auto database = connect(false, false, &connectError);
    try {
        if (!database)
            throw StorageError(connectError);
        QSqlQuery query(database->connection());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            throw storageErrorFrom(query.lastError());
        query = QSqlQuery();
        migrateSchema(*database, 0, Database::currentSchemaVersion());
    } catch (const StorageError& error) {
        qWarning("jalaseh storage: creating %s failed: %s", qPrintable(m_path), error.what());
        database.reset();
        if (!fileExisted)
            removeDatabaseFiles(m_path);
        return failure(OpenProblem::CannotCreate,
                       QCoreApplication::translate(
                           "Database",
                           "Jalaseh could not create the database file “%1”. Check that the disk "
                           "has free space and that the folder may be written to.")
                           .arg(shown(m_path)));
    }
    database->m_schemaVersion = Database::currentSchemaVersion();
    return {std::move(database), OpenProblem::None, {}};
}

std::unique_ptr<Database> DatabaseOpening::connect(bool readOnly, bool immutable,
                                                   QString* error) const
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("jalaseh-storage-%1").arg(++connections);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs)};
        if (readOnly)
            options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (immutable) {
            // No locks and no side files: SQLite reads the file as one that nothing changes.
            options.append(QStringLiteral("QSQLITE_OPEN_URI"));
            connection.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath())
                                           .toString(QUrl::FullyEncoded) +
                                       QStringLiteral("?immutable=1"));
        } else {
            connection.setDatabaseName(m_path);
        }
        connection.setConnectOptions(options.join(QLatin1Char(';')));
        const bool opened = connection.isValid() && connection.open();
        if (opened) {
            QSqlQuery query(connection);
            // A 32 MB page cache (SQLite's default is 2 MB) keeps the lists the application reads
            // again and again in memory, well inside the 200 MB the application may use. It
            // reads the schema, so on a bad file it fails; the checks that follow say why.
            query.exec(QStringLiteral("PRAGMA cache_size = -32768"));
            // Debian's SQLite sorts in temporary files by default; large sorts stay in memory.
            query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            if (query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
                return std::unique_ptr<Database>(new Database(name, m_path, readOnly));
            *error = query.lastError().text();
        } else {
            *error = connection.isValid()
                         ? connection.lastError().text()
                         : QCoreApplication::translate(
                               "Database", "Qt's SQLite driver is missing; reinstall Jalaseh.");
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return nullptr;
}

Database::OpenResult DatabaseOpening::failure(OpenProblem problem, const QString& message) const
{
    return {nullptr, problem, message};
}

} // namespace jalaseh::storage
