#include "UsersRemoveCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "ServerUsers.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString UsersRemoveCommand::name() const
{
    return QStringLiteral("users remove");
}

QString UsersRemoveCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "Remove a login of a database on a server.");
}

QString UsersRemoveCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db ADDRESS users remove LOGIN\n"
        "\n"
        "Removes LOGIN, a login of this database (see users list), from the server: it can no\n"
        "longer connect. The records it changed stay. Only the database's owner with the right\n"
        "to create roles (or the server's administrator) may remove logins.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db postgresql://secretary@db.example.org/jalaseh users remove reza\n");
}

int UsersRemoveCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok() || arguments.positional().size() != 1) {
        invocation.err << (arguments.ok() ? QCoreApplication::translate(
                                                "CommandLine", "users remove needs the login to "
                                                               "remove, e.g. jalaseh --db "
                                                               "ADDRESS users remove reza.")
                                          : arguments.error())
                       << Qt::endl;
        return UserError;
    }
    auto database = openForUsers(invocation, UsersAccess::Manage);
    if (!database)
        return UserError;
    const QString login = arguments.positional().first();
    try {
        storage::ServerRoles::removeLogin(*database, login);
    } catch (const storage::StorageError& error) {
        // Not a login of this database, or one that still owns something elsewhere.
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
    invocation.out << QCoreApplication::translate("CommandLine", "Removed the login “%1” from %2.")
                          .arg(login, shownDatabase(invocation))
                   << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
