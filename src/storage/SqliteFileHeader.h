#pragma once

#include <QString>

namespace jalaseh::storage {

// What the first bytes of a file say about it, read without SQLite: a file that is not an SQLite
// database at all is never handed to SQLite (which might create journal files beside it).
// Whether a database is damaged is SQLite's to say, with its write-ahead log in place: the main
// file alone may be shorter than its header says (a writer killed during a checkpoint leaves the
// newest pages in the log), and is whole all the same.
class SqliteFileHeader
{
public:
    enum class Verdict
    {
        Sqlite,
        Empty,
        NotSqlite,
        Unreadable
    };

    static Verdict inspect(const QString& path);
    // Whether the header says the file is in WAL mode (its read and write versions are 2): such
    // a file needs "-shm" beside it, or a folder where SQLite may make one, to be read.
    static bool isWriteAheadLog(const QString& path);
};

} // namespace jalaseh::storage
