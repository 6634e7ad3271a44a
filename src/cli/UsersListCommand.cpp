#include "UsersListCommand.h"

#include "CommandArguments.h"
#include "ServerUsers.h"
#include "TextTable.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString UsersListCommand::name() const
{
    return QStringLiteral("users list");
}

QString UsersListCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "List the logins of a database on a server, with their roles.");
}

QString UsersListCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db ADDRESS users list [--format table|tsv]\n"
        "\n"
        "Lists the logins that may use this database: each login's role (secretariat, lead,\n"
        "viewer) and the person it acts for. The database's owner and the server's\n"
        "administrators are not listed: they may do everything.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db postgresql://secretary@db.example.org/jalaseh users list\n");
}

int UsersListCommand::run(const Invocation& invocation)
{
    const QStringList formatSpelling{QStringLiteral("--format")};
    const CommandArguments arguments(invocation.arguments, formatSpelling, {});
    const auto format = tableFormatNamed(arguments.value(formatSpelling));
    if (!arguments.ok() || !arguments.positional().isEmpty() || !format) {
        invocation.err << (arguments.ok() ? QCoreApplication::translate(
                                                "CommandLine", "users list takes no arguments "
                                                               "but --format table|tsv.")
                                          : arguments.error())
                       << Qt::endl;
        return UserError;
    }
    auto database = openForUsers(invocation, UsersAccess::List);
    if (!database)
        return UserError;
    const bool tsv = *format == TableFormat::Tsv;
    TextTable table(tsv ? QStringList{QStringLiteral("login"), QStringLiteral("role"),
                                      QStringLiteral("person_id"), QStringLiteral("person")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Login"),
                                      QCoreApplication::translate("CommandLine", "Role"),
                                      QCoreApplication::translate("CommandLine", "Person id"),
                                      QCoreApplication::translate("CommandLine", "Person")});
    for (const auto& login : storage::ServerRoles::logins(*database))
        table.addRow({login.name, storage::ServerRoles::roleKey(login.role),
                      login.personId ? QString::number(*login.personId) : QString(),
                      login.personName});
    invocation.out << table.to(*format);
    return Ok;
}

} // namespace jalaseh::cli
