#include "CommandLine.h"

#include "Command.h"
#include "Commands.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <cstdio>
#include <vector>

namespace jalaseh::cli {
namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    registerCommands(commands);
    return commands;
}

QString generalHelp(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = QCoreApplication::translate(
        "CommandLine", "Usage: jalaseh [--db DATABASE] COMMAND [ARGUMENTS]\n"
                       "A DATABASE is a Jalaseh file or a PostgreSQL "
                       "address, postgresql://user@server/database.\n"
                       "Without a command, jalaseh opens its window "
                       "(on DATABASE when given).\n\n"
                       "Commands:\n");
    for (const auto& command : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(command->name(), command->summary());
    text += QCoreApplication::translate(
        "CommandLine", "\nRun `jalaseh COMMAND --help` for the arguments of a command.\n"
                       "Exit codes: 0 done, 1 a mistake in the request (see the message), "
                       "2 an internal error.\n");
    return text;
}

// Finds the command whose words start `words`, preferring two-word names ("export minutes").
Command* findCommand(const std::vector<std::unique_ptr<Command>>& commands,
                     const QStringList& words, int* consumed)
{
    for (int length : {2, 1}) {
        if (words.size() < length)
            continue;
        const QString candidate = words.mid(0, length).join(QLatin1Char(' '));
        for (const auto& command : commands) {
            if (command->name() == candidate) {
                *consumed = length;
                return command.get();
            }
        }
    }
    return nullptr;
}

// The commands whose first word is `word` ("export" gives "export meeting", "export minutes",
// ...), listed as `jalaseh --help` lists them; empty when there are none.
QString groupHelp(const std::vector<std::unique_ptr<Command>>& commands, const QString& word)
{
    QString text;
    for (const auto& command : commands) {
        if (command->name().startsWith(word + QLatin1Char(' ')))
            text += QStringLiteral("  %1\n      %2\n").arg(command->name(), command->summary());
    }
    if (text.isEmpty())
        return {};
    return QCoreApplication::translate("CommandLine", "\"%1\" is followed by one of:\n").arg(word) +
           text +
           QCoreApplication::translate(
               "CommandLine", "\nRun `jalaseh COMMAND --help` for the arguments of a command.\n");
}

} // namespace

void quietDiagnostics()
{
    static const bool showAll = !qEnvironmentVariableIsEmpty("JALASEH_DEBUG");
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!showAll && type != QtCriticalMsg && type != QtFatalMsg)
                return;
            const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
            std::fprintf(stderr, "%s\n", line.constData());
            std::fflush(stderr);
        });
}

bool isCommandLineInvocation(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version"))
            return true;
        if (argument == QLatin1String("--db")) {
            ++i; // the database is not a command: `jalaseh --db DATABASE` opens the window on it
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

QString windowDatabase(const QStringList& arguments)
{
    QString database;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--db") && i + 1 < arguments.size())
            database = arguments.at(++i);
        else if (argument.startsWith(QLatin1String("--db=")))
            database = argument.mid(5);
    }
    return database;
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto commands = allCommands();
    QString databasePath;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        // --db may come before or after the command words: `jalaseh list people --db x` too.
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate(
                           "CommandLine",
                           "--db needs a database: a file name or a postgresql:// address, e.g. --db "
                           "minutes.jalaseh")
                    << Qt::endl;
                return UserError;
            }
            databasePath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databasePath = argument.mid(5);
        } else {
            rest.append(argument);
        }
    }

    if (rest.isEmpty() || rest.first() == QLatin1String("--help") ||
        rest.first() == QLatin1String("-h") || rest.first() == QLatin1String("help")) {
        out << generalHelp(commands);
        return Ok;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << QStringLiteral("jalaseh %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Ok;
    }

    int consumed = 0;
    Command* command = findCommand(commands, rest, &consumed);
    if (!command) {
        const QString group = groupHelp(commands, rest.first());
        if (!group.isEmpty()) {
            const bool asked = rest.size() == 2 && (rest.at(1) == QLatin1String("--help") ||
                                                    rest.at(1) == QLatin1String("-h"));
            (asked ? out : err) << group;
            return asked ? Ok : UserError;
        }
        err << QCoreApplication::translate(
                   "CommandLine",
                   "Unknown command \"%1\". Run `jalaseh --help` to see the commands.")
                   .arg(rest.mid(0, 2).join(QLatin1Char(' ')))
            << Qt::endl;
        return UserError;
    }
    const QStringList commandArguments = rest.mid(consumed);
    if (commandArguments.contains(QLatin1String("--help")) ||
        commandArguments.contains(QLatin1String("-h"))) {
        out << command->help();
        return Ok;
    }
    if (command->needsDatabase() && databasePath.isEmpty()) {
        err << QCoreApplication::translate(
                   "CommandLine", "\"%1\" needs a database: add --db DATABASE before the command.")
                   .arg(command->name())
            << Qt::endl;
        return UserError;
    }
    Invocation invocation{databasePath, commandArguments, out, err};
    try {
        return command->run(invocation);
    } catch (const storage::AccessRefused& error) {
        // The server refused this login the change (its role): a request it may not make.
        err << error.userMessage() << Qt::endl;
        return UserError;
    } catch (const storage::StorageError& error) {
        // Another program is saving to the file (its holder named when it is Jalaseh): nothing
        // failed, and the same command run again later goes through.
        const auto* unavailable = dynamic_cast<const storage::FileUnavailable*>(&error);
        if (unavailable && unavailable->cause() == storage::FileUnavailable::Cause::InUse) {
            err << error.userMessage() << Qt::endl;
            return UserError;
        }
        // The database failed under the command (disk full, file taken away, a bug in a query):
        // the storage layer's sentence says what to do; the driver's text helps a bug report.
        err << error.userMessage() << Qt::endl;
        if (!error.technicalDetail().isEmpty())
            err << QCoreApplication::translate("CommandLine", "Details: %1")
                       .arg(error.technicalDetail())
                << Qt::endl;
        return InternalError;
    } catch (const std::exception& error) {
        err << QCoreApplication::translate("CommandLine", "Internal error: %1")
                   .arg(QString::fromUtf8(error.what()))
            << Qt::endl;
        return InternalError;
    }
}

} // namespace jalaseh::cli
