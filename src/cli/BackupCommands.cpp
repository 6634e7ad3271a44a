#include "BackupCommands.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "TextTable.h"
#include "persian/Digits.h"
#include "persian/LocalTime.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>

namespace jalaseh::cli {
namespace {

// Backups are of files; a server's are its administrator's, made with PostgreSQL's own tools.
bool refuseServer(const Invocation& invocation)
{
    if (!storage::DatabaseAddress::isServerAddress(invocation.databasePath))
        return false;
    invocation.err << QCoreApplication::translate(
                          "CommandLine",
                          "%1 is a database server: Jalaseh backs up database files only. Backing "
                          "up a server is the server's job; ask its administrator, or use "
                          "PostgreSQL's pg_dump.")
                          .arg(shownDatabase(invocation))
                   << Qt::endl;
    return true;
}

QString kindText(const storage::BackupInfo& backup)
{
    switch (backup.kind) {
    case storage::BackupKind::BeforeMigration:
        return QCoreApplication::translate("CommandLine", "before update");
    case storage::BackupKind::BeforeMerge:
        return QCoreApplication::translate("CommandLine", "before merge");
    case storage::BackupKind::BeforeCopy:
        return QCoreApplication::translate("CommandLine", "before copy");
    case storage::BackupKind::Rolling:
        break;
    }
    switch (backup.slot) {
    case storage::BackupSlot::Weekly:
        return QCoreApplication::translate("CommandLine", "weekly");
    case storage::BackupSlot::Monthly:
        return QCoreApplication::translate("CommandLine", "monthly");
    case storage::BackupSlot::Daily:
    case storage::BackupSlot::None:
        break;
    }
    return QCoreApplication::translate("CommandLine", "daily");
}

// "۸۴٫۲ MB", in the digits of the dates beside it.
QString sizeText(qint64 bytes)
{
    const bool small = bytes < 1024 * 1024;
    const double amount = small ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
    const QString number = persian::toPersianDigits(QString::number(amount, 'f', 1))
                               .replace(QLatin1Char('.'), QChar(0x066B));
    return (small ? QCoreApplication::translate("CommandLine", "%1 KB")
                  : QCoreApplication::translate("CommandLine", "%1 MB"))
        .arg(number);
}

} // namespace

QString BackupNowCommand::name() const
{
    return QStringLiteral("backup now");
}

QString BackupNowCommand::summary() const
{
    return QCoreApplication::translate("CommandLine",
                                       "Back up the database file now; prints the backup's id.");
}

QString BackupNowCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db FILE backup now\n"
        "\n"
        "Writes a backup of FILE into its backup folder, checks it (it is opened and read\n"
        "through), and prints its id alone on the last line. Backups are also made by\n"
        "themselves: once a day when the file is opened for changes, and before an update\n"
        "of the file's format, a merge of bodies and a copy over the file. Of the daily\n"
        "ones, one a day is kept for a week, one a week for five weeks and one a month for\n"
        "a year; of the others, the last three of each kind.\n"
        "\n"
        "The backups live in the user's data folder (~/.local/share/Jalaseh/jalaseh/backups),\n"
        "one folder for each database file; the window's File ▸ Backups changes the folder,\n"
        "and JALASEH_BACKUP_FOLDER overrides it for one run. A database server is backed up\n"
        "by its administrator (pg_dump), not by Jalaseh.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh backup now\n");
}

int BackupNowCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok() || !arguments.positional().isEmpty()) {
        invocation.err << (arguments.ok() ? QCoreApplication::translate(
                                                "CommandLine", "backup now takes no other words.")
                                          : arguments.error())
                       << Qt::endl;
        return UserError;
    }
    if (refuseServer(invocation))
        return UserError;
    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    try {
        const storage::BackupInfo made =
            storage::BackupStore(database->path())
                .write(database->connection(), storage::BackupKind::Rolling);
        invocation.out << QCoreApplication::translate("CommandLine", "Backed up %1 to %2 (%3).")
                              .arg(shownDatabase(invocation), QDir::toNativeSeparators(made.path),
                                   sizeText(made.size))
                       << Qt::endl;
        invocation.out << made.id << Qt::endl;
        return Ok;
    } catch (const storage::StorageError& error) {
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
}

QString BackupListCommand::name() const
{
    return QStringLiteral("backup list");
}

QString BackupListCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "List the backups of the database file: id, date, size, kind.");
}

QString BackupListCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db FILE backup list [--format table|tsv]\n"
        "\n"
        "Lists the backups of FILE, newest first, one a line: its id (for `backup\n"
        "restore`), when it was made (Jalali, local time), its size and its kind (daily,\n"
        "weekly, monthly, before update, before merge, before copy). --format tsv gives\n"
        "tab-separated values for scripts, with ISO dates and sizes in bytes.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh backup list\n");
}

int BackupListCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--format")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto format = tableFormatNamed(arguments.value({QStringLiteral("--format")}));
    if (!format) {
        invocation.err << QCoreApplication::translate("CommandLine", "--format is table or tsv.")
                       << Qt::endl;
        return UserError;
    }
    if (refuseServer(invocation))
        return UserError;
    // The backups of a file that was destroyed are listed all the same: that is when they are
    // needed most.
    const storage::BackupStore store(invocation.databasePath);
    const auto backups = store.list();
    if (backups.isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no backups yet. Make one with `jalaseh --db %1 backup now`.")
                              .arg(shownDatabase(invocation))
                       << Qt::endl;
        return Ok;
    }
    TextTable table({QCoreApplication::translate("CommandLine", "id"),
                     QCoreApplication::translate("CommandLine", "date"),
                     QCoreApplication::translate("CommandLine", "size"),
                     QCoreApplication::translate("CommandLine", "kind")});
    for (const storage::BackupInfo& backup : backups) {
        if (*format == TableFormat::Tsv)
            table.addRow({backup.id, backup.created.toLocalTime().toString(Qt::ISODate),
                          QString::number(backup.size), kindText(backup)});
        else
            table.addRow({backup.id, persian::formatLocalDateTime(backup.created),
                          sizeText(backup.size), kindText(backup)});
    }
    invocation.out << table.to(*format);
    return Ok;
}

QString BackupRestoreCommand::name() const
{
    return QStringLiteral("backup restore");
}

QString BackupRestoreCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "Restore a backup as a new database file.");
}

QString BackupRestoreCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db FILE backup restore ID --to NEWFILE [--force]\n"
        "\n"
        "Writes the backup ID of FILE (as `backup list` shows it) to NEWFILE, checked, and\n"
        "leaves FILE as it is. NEWFILE must not exist, and must not be FILE: --force\n"
        "replaces it (close every window on it first). Open NEWFILE to see the records\n"
        "as they were; to work on with it, open it instead of FILE, or copy it over FILE\n"
        "once no program has FILE open.\n"
        "\n"
        "  --to NEWFILE   the file to write\n"
        "  --force        replace NEWFILE when it exists, even when it is FILE\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh backup restore 20261207-093000 --to yesterday.jalaseh\n");
}

int BackupRestoreCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--to")},
                                     {QStringLiteral("--force")});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (refuseServer(invocation))
        return UserError;
    const auto to = arguments.value({QStringLiteral("--to")});
    if (arguments.positional().size() != 1 || !to || to->isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Name the backup and the new file: backup restore ID --to NEWFILE "
                              "(`backup list` shows the ids).")
                       << Qt::endl;
        return UserError;
    }
    try {
        const QString restored = storage::BackupStore(invocation.databasePath)
                                     .restore(arguments.positional().first(), *to,
                                              arguments.has(QStringLiteral("--force")));
        invocation.out << QCoreApplication::translate("CommandLine",
                                                      "Restored backup %1 of %2 as %3.")
                              .arg(arguments.positional().first(), shownDatabase(invocation),
                                   QDir::toNativeSeparators(restored))
                       << Qt::endl;
        return Ok;
    } catch (const storage::StorageError& error) {
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
}

} // namespace jalaseh::cli
