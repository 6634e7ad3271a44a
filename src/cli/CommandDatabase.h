#pragma once

#include "Command.h"

#include <memory>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::cli {

enum class DatabaseAccess
{
    Read,
    Write
};

// Opens the --db file of `invocation` for a command. When it cannot be opened (no such file, not
// a Jalaseh database, newer version, locked, read-only for a command that writes...), writes the
// storage layer's sentence to the error stream and returns nullptr; the command then exits with
// UserError. Never creates a file: only `init` does that.
std::unique_ptr<storage::Database> openDatabase(const Invocation& invocation,
                                                DatabaseAccess access);

// The --db address as messages show it: a server address without its password.
QString shownDatabase(const Invocation& invocation);
QString shownDatabase(const QString& address);

} // namespace jalaseh::cli
