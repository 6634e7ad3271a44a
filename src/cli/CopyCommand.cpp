#include "CopyCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <unistd.h>

namespace jalaseh::cli {

QString CopyCommand::name() const
{
    return QStringLiteral("copy");
}

QString CopyCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Copy a whole database between files and PostgreSQL servers.");
}

QString CopyCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh copy SOURCE TARGET [--force]\n"
        "\n"
        "Copies every record of the database SOURCE into TARGET, keeping every id, so a\n"
        "meeting, a person or a decision has the same number in both. Each of SOURCE and TARGET\n"
        "is a file or a PostgreSQL address (postgresql://user@server:5432/database). A TARGET\n"
        "file that does not exist is created; a TARGET database on a server must exist (empty,\n"
        "or with Jalaseh's tables). The copy is one transaction: TARGET ends as a whole copy or\n"
        "as it was.\n"
        "\n"
        "  --force   copy even when TARGET already holds records (they are deleted)\n"
        "\n"
        "Examples:\n"
        "  jalaseh copy minutes.jalaseh postgresql://secretary@db.example.org/jalaseh\n"
        "  jalaseh copy postgresql://secretary@db.example.org/jalaseh backup.jalaseh\n");
}

int CopyCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {QStringLiteral("--force")});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (arguments.positional().size() != 2) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "copy needs a source and a target, e.g. jalaseh copy "
                                             "minutes.jalaseh postgresql://user@server/jalaseh.")
                       << Qt::endl;
        return UserError;
    }
    const QString sourceAddress = arguments.positional().at(0);
    const QString targetAddress = arguments.positional().at(1);
    if (sourceAddress == targetAddress) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "The source and the target are the same database.")
                       << Qt::endl;
        return UserError;
    }

    storage::OpenOptions sourceOptions;
    auto source = storage::Database::open(sourceAddress, sourceOptions);
    if (!source.database) {
        invocation.err << source.message << Qt::endl;
        return UserError;
    }
    storage::OpenOptions targetOptions;
    targetOptions.create = true;
    targetOptions.allowReadOnly = false;
    auto target = storage::Database::open(targetAddress, targetOptions);
    if (!target.database) {
        invocation.err << target.message << Qt::endl;
        return UserError;
    }
    storage::DatabaseCopy copy(*source.database, *target.database);
    const bool force = arguments.has(QStringLiteral("--force"));
    if (copy.targetHoldsData() && !force) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 already holds records, so nothing was copied. Choose an empty "
                              "target, or add --force to replace its records with the copy.")
                              .arg(shownDatabase(targetAddress))
                       << Qt::endl;
        return UserError;
    }

    // Progress only on a terminal: a script's log gets the one line at the end.
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer shown;
    shown.start();
    qint64 rows = 0;
    auto progress = [&](const QString& table, qint64 done, qint64 total) {
        if (done == total)
            rows += total;
        if (!terminal || (shown.elapsed() < 200 && done != total))
            return;
        shown.restart();
        invocation.err << '\r'
                       << QCoreApplication::translate("CommandLine", "Copying %1: %2 of %3 rows")
                              .arg(table)
                              .arg(done)
                              .arg(total)
                       << QStringLiteral("\x1b[K") << Qt::flush;
    };
    // The records --force replaces are kept in a backup of the target file first.
    if (force && copy.targetHoldsData())
        backUp(*target.database, storage::BackupKind::BeforeCopy, invocation);
    copy.run(force, progress);
    if (terminal)
        invocation.err << '\r' << QStringLiteral("\x1b[K") << Qt::flush;
    invocation.out << QCoreApplication::translate("CommandLine", "Copied %1 records from %2 to %3.")
                          .arg(rows)
                          .arg(shownDatabase(sourceAddress), shownDatabase(targetAddress))
                   << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
