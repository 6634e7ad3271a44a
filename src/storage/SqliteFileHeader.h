#pragma once

#include <QString>

namespace jalaseh::storage {

// What the first 100 bytes of a file say about it, read without SQLite: a file that is not a
// database is never handed to SQLite (which might create journal files beside it), and a truncated
// database is caught before any page is read.
class SqliteFileHeader
{
public:
    enum class Verdict
    {
        Sound,
        Empty,
        NotSqlite,
        Damaged,
        Unreadable
    };

    static Verdict inspect(const QString& path);
};

} // namespace jalaseh::storage
