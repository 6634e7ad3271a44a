#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace jalaseh::storage {

// Who is writing to a database file right now, for a program that waited for the file's write
// lock in vain: the lock itself (SQLite's) says nothing of its holder. A Jalaseh program writes
// the record into "<file>-holder" once its write transaction has begun and removes it just
// before the transaction ends, while it still holds the lock, so a record found beside a locked
// file names the program that holds it. A program killed mid-transaction leaves its record; the
// next one sees that it is stale (the same computer, and no process of that number is running)
// and does not name it. Best effort: a folder that may not be written to gets no record, and a
// program other than Jalaseh (sqlite3, a sync tool) writes none.
struct FileHolder
{
    QString program; // "jalaseh (window)", "jalaseh (command line)"
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; // UTC

    static QString recordPath(const QString& databasePath);

    // What this process writes as `program` (default: the application's name).
    static void setProgramDescription(const QString& description);

    // This process begins or ends a write transaction on `databasePath`. Never throws.
    static void claim(const QString& databasePath);
    static void release(const QString& databasePath);

    // The record beside `databasePath`, if there is one and it can be read.
    static std::optional<FileHolder> read(const QString& databasePath);
    // The process that wrote it is gone: same computer, no such process.
    bool isStale() const;
    // "“jalaseh (command line)” of the user maryam on the computer office-3 (process 4211),
    // since 14:02", in the interface language; the time in the local time zone.
    QString describe() const;
};

} // namespace jalaseh::storage
