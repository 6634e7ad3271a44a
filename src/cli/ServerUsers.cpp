#include "ServerUsers.h"

#include "CommandDatabase.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/ServerRoles.h"

#include <QCoreApplication>

namespace jalaseh::cli {

std::unique_ptr<storage::Database> openForUsers(const Invocation& invocation, UsersAccess access)
{
    bool ok = false;
    QString error;
    const auto address = storage::DatabaseAddress::parse(invocation.databasePath, &ok, &error);
    if (!ok) {
        invocation.err << error << Qt::endl;
        return nullptr;
    }
    if (address.engine != storage::Engine::Postgres) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Users and roles are for a database on a server (postgresql://...); "
                              "who may use a file is decided by the file's permissions.")
                       << Qt::endl;
        return nullptr;
    }
    auto database = openDatabase(invocation, access == UsersAccess::Manage ? DatabaseAccess::Write
                                                                           : DatabaseAccess::Read);
    if (!database || access == UsersAccess::List)
        return database;
    if (!storage::ServerRoles::mayCreateRoles(*database) ||
        !storage::ServerRoles::ownsTables(*database)) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "The login “%1” may not manage the users of this database: that "
                              "takes the database's owner with the right to create roles "
                              "(ALTER ROLE ... CREATEROLE), or the server's administrator.")
                              .arg(address.user)
                       << Qt::endl;
        return nullptr;
    }
    return database;
}

} // namespace jalaseh::cli
