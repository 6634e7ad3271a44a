#pragma once

#include <QString>

namespace jalaseh::storage {

// The files SQLite keeps beside a database in WAL mode: "-wal" (the newest changes) and "-shm"
// (the index into them, shared by every program that has the file open). They decide whether a
// file can be opened at all where the folder or the file may not be written to.
class SqliteSideFiles
{
public:
    explicit SqliteSideFiles(QString databasePath);

    QString walPath() const { return m_path + QStringLiteral("-wal"); }
    QString shmPath() const { return m_path + QStringLiteral("-shm"); }

    // How a database that is only read is opened when its folder may not be written to (a CD, a
    // shared folder), where SQLite cannot create "-shm":
    enum class Reading
    {
        Plain,        // as usual: the folder may be written to, or "-shm" is there to be read
        Immutable,    // as a file nothing changes (SQLite's immutable=1): no "-shm" needed, and no
                      // changes are waiting in "-wal" that would be missed
        LogUnreadable // changes wait in "-wal" that SQLite can read only with "-shm"
    };
    Reading readingIn(bool folderWritable) const;

    // A side file that an earlier read-only opening left behind read-only (SQLite gives new
    // side files the database file's mode, so a read-only file gets a read-only "-shm") would
    // make every write fail after the file itself was made writable again. Made writable when
    // it is ours, removed when no program has it open; else `blocking` names it.
    struct Mending
    {
        QString blocking;   // empty when every side file may now be written
        bool inUse = false; // another program has `blocking` open
    };
    Mending mendForWriting() const;

    // Whether some process holds "-shm" (SQLite keeps a shared lock on one of its bytes for as
    // long as a connection uses it). Locks of this process itself are not seen.
    bool shmHeldByAnotherProcess() const;

private:
    QString m_path;
};

} // namespace jalaseh::storage
