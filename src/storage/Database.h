#pragma once

#include "storage/DatabaseAddress.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace jalaseh::storage {

// Why a file could not be opened; each has its own sentence in OpenResult::message.
enum class OpenProblem
{
    None,
    NotFound,        // no such file (and create was not asked for)
    NotADatabase,    // not an SQLite file at all (a text file, an empty file, a folder)
    Corrupt,         // an SQLite file that is damaged (truncated, overwritten)
    NotJalaseh,      // a sound SQLite file that another program wrote
    NewerVersion,    // written by a newer Jalaseh with a schema this version does not know
    Locked,          // another program holds the file
    ReadOnly,        // read-only, and the caller did not allow (or the file needs) writing
    CannotCreate,    // a new file (or the backup before a migration) could not be written
    Unreadable,      // the file exists but may not be read (permissions)
    MigrationFailed, // updating an older file failed; the file was left as it was
    // A database server (PostgreSQL):
    BadAddress,        // the address has a mistake (an unknown setting, a port that is no number)
    ServerUnreachable, // no server answers at the address (down, wrong host or port, timeout)
    LoginRefused,      // wrong user name or password
    NoSuchDatabase,    // the server has no database of that name
    NotAllowed,        // the login may not connect to the database or read its tables
    EncryptionRefused, // the address asks for TLS and the server does not offer it
};

struct OpenOptions
{
    bool create = false;       // create a new database when the file does not exist (or is empty)
    bool allowReadOnly = true; // open a read-only file read-only instead of refusing it
    bool migrate = true;       // update an older schema (after a backup copy)
    int busyTimeoutMs = 2000;  // how long to wait for another program's lock before giving up
    // Try the write lock at once, so that a file another program is writing is told before the
    // user's first edit (the window). A command that only reads leaves it: readers never wait
    // for writers, and reading does not need the lock.
    bool probeWriteLock = true;
    // Files up to this size get a quick check of every page when opened; larger ones only of
    // the tables the first screen reads, so that opening stays under half a second.
    qint64 wholeFileCheckUpToBytes = 16 * 1024 * 1024;
};

// One open Jalaseh database: owns one QSqlDatabase connection with a unique name. An SQLite file
// is set up with foreign keys on, WAL journal, synchronous=NORMAL and a busy timeout; a
// PostgreSQL database is reached with a connect timeout. Movable, not copyable.
class Database
{
public:
    struct OpenResult
    {
        std::unique_ptr<Database> database;
        OpenProblem problem = OpenProblem::None;
        QString message; // empty on success
    };

    // Opens (or with create=true, creates) a Jalaseh database: a file path, or a PostgreSQL
    // address (postgresql://user@host:port/dbname?sslmode=require; see DatabaseAddress). A bad
    // file or server gets its problem and a sentence for the user, and is never modified. A
    // read-only file opens read-only when allowReadOnly. An older schema is migrated forward (a
    // file after a backup in its BackupStore, kind "before migration"; a server in one
    // transaction).
    static OpenResult open(const QString& address, const OpenOptions& options = {});

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    Engine engine() const { return m_engine; }
    // The file's path, or the server's address without its password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a file was opened read-only and what the user may do about it, as a sentence for the
    // window to show; empty when the file is open for changes (and for a server).
    QString readOnlyNote() const { return m_readOnlyNote; }
    // On a server, the Jalaseh role of the login ("secretariat", "lead", "viewer"; see
    // ServerRoles.h); empty for a file, the database's owner, or a login Jalaseh did not make.
    QString serverRole() const { return m_serverRole; }
    int schemaVersion() const { return m_schemaVersion; }
    // Inside a Transaction (of any depth) on this connection.
    bool isInTransaction() const { return m_transactionDepth > 0; }
    // The schema this file had before open() migrated it, and where the copy made first went;
    // 0 and empty when nothing was migrated.
    int migratedFromVersion() const { return m_migratedFrom; }
    QString backupPath() const { return m_backupPath; }

    // Throws StorageError when the file at path() is no longer the one that was opened: removed,
    // moved, renamed or replaced. The open connection would go on reading and writing the old,
    // unlinked file, and every change made so would be lost when the window closes; so each write
    // and each read of the window asks first. One stat() of the path.
    void checkFileInPlace() const;
    // Throws FileUnavailable (ReadOnly) when the file, or its folder, was made read-only since it
    // was opened for changes: SQLite would go on writing through the descriptor it holds, against
    // the owner's wish, and a folder that may not be written keeps the journal from being folded
    // in. Asked before each write transaction. Two stat() calls.
    void checkFileWritable() const;

    // Sentences for the window (and, the first, for the command line's error stream), empty when
    // there is nothing to say. A file on a network file system (NFS, SMB), where SQLite's locks
    // are not to be trusted between computers: the warning points to the server mode.
    QString networkNote() const { return m_networkNote; }
    // Who else has the file open now: another program on this computer (another window, a
    // command), another window of this process, or a program writing to it as it was opened.
    // Asked when the window opens the file. One open() and fcntl() of "-shm".
    QString sharingNote() const;

    // How many statements (repository queries and writes) have run on this connection. Tests
    // and benchmarks read it to see that a screen makes a fixed number of queries, not one per
    // row: on a server every query is a round trip.
    qint64 statementsRun() const { return m_statementsRun; }

    // Live updates (ChangeListener.h). On a server: the process serving this connection (the
    // "pid" the server's change announcements carry), 0 when it cannot be asked; whether the
    // connection was lost (the server went away: a read or write failed on it); and a new
    // connection with the same settings in place of a lost one (false with a sentence in
    // `error` when the server cannot be reached). Quick: they never wait for a server that is
    // gone, but reconnect() waits up to the connect timeout for one that does not answer.
    int serverProcessId() const;
    bool isConnectionLost() const;
    bool reconnect(QString* error = nullptr);
    // On a file: a number that changes when another connection (another window, a command)
    // commits a change to the file, and not for this connection's own changes. 0 on a server.
    qint64 dataVersion() const;

    // Who saves through this connection, for the rows' "changed by" (RowVersion): on a server the
    // session's login, for a file the name the computer gives its user. Asked once.
    QString userName() const;

    static int currentSchemaVersion();
    // The SQLite application_id that marks a file as Jalaseh's ("JLSH").
    static qint32 applicationId();

private:
    friend class Transaction;
    friend bool mayRunAgain(const Database&);
    friend class Statement;
    friend class DatabaseOpening;
    friend class PostgresOpening;

    Database(QString connectionName, QString path, bool readOnly, Engine engine = Engine::Sqlite);
    void release();
    void registerOpenFile();

    QString m_connectionName;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
    bool m_readOnly = false;
    QString m_readOnlyNote;
    QString m_networkNote;
    QString m_busyAtOpen; // who held the write lock when the file was opened (FileHolder)
    bool m_busyWhenOpened = false;
    bool m_registered = false; // counted among this process's open files (sharingNote)
    QString m_serverRole;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
    QString m_backupPath;
    int m_transactionDepth = 0;
    mutable int m_serverProcessId = 0;
    mutable qint64 m_statementsRun = 0;
    // Device and inode of the file opened, taken once it exists.
    struct FileIdentity
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const FileIdentity&) const = default;
    };
    static std::optional<FileIdentity> identityOf(const QString& path);
    mutable std::optional<FileIdentity> m_identity;
    mutable QString m_userName;
};

} // namespace jalaseh::storage

// The transaction type is part of using a Database, so it comes with it.
#include "storage/Transaction.h"
