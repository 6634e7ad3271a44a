#pragma once

#include "Command.h"

#include <memory>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::cli {

// What the three `users` commands share: they are about a server's logins, so a file is refused
// in one sentence (a file's access is its permissions); and only a login that may create roles
// and owns the tables may add or remove logins.
enum class UsersAccess
{
    List,
    Manage
};

// The --db database opened for a `users` command, or nullptr after writing why not to the error
// stream (a file; no server; a login that may not manage logins).
std::unique_ptr<storage::Database> openForUsers(const Invocation& invocation, UsersAccess access);

} // namespace jalaseh::cli
