#pragma once

#include "Command.h"

#include <memory>

namespace jalaseh::storage {
class Database;
enum class BackupKind;
} // namespace jalaseh::storage

namespace jalaseh::cli {

enum class DatabaseAccess
{
    Read,
    Write
};

// Opens the --db file of `invocation` for a command. When it cannot be opened (no such file, not
// a Jalaseh database, newer version, locked, read-only for a command that writes...), writes the
// storage layer's sentence to the error stream and returns nullptr; the command then exits with
// UserError. Never creates a file: only `init` does that. A file opened for writing gets its
// automatic backup first when the last one is a day old (see backUp).
std::unique_ptr<storage::Database> openDatabase(const Invocation& invocation,
                                                DatabaseAccess access);

// Writes a backup of the file `database` of the kind given (before a merge, before a copy over
// it; storage/BackupStore.h). A backup that cannot be written is told on the error stream in a
// sentence and the command goes on: false then. A server is backed up by its administrator
// (pg_dump): nothing happens, true.
bool backUp(storage::Database& database, storage::BackupKind kind, const Invocation& invocation);

// The --db address as messages show it: a server address without its password.
QString shownDatabase(const Invocation& invocation);
QString shownDatabase(const QString& address);

} // namespace jalaseh::cli
