#include "InitCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "documents/MinutesApproval.h"
#include "exchange/DemoData.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/StorageError.h"
#include "synthetic/SyntheticDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace jalaseh::cli {
namespace {

constexpr int mostSyntheticYears = 100;

// The sizes of PRODUCT.md's ten-year database, scaled to `years`.
std::optional<int> wholeNumber(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

// Removes a database file and the journal files SQLite keeps beside it.
bool removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

// Where a new database file is built before it is renamed into place: beside it (a rename
// within one folder is atomic), hidden, and named by the process, so that a killed init leaves
// the named file absent or whole and never half made.
QString buildingPath(const QString& path)
{
    const QFileInfo file(path);
    return file.dir().filePath(
        QStringLiteral(".%1.init-%2").arg(file.fileName()).arg(qint64(::getpid())));
}

} // namespace

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Create a new database, empty or with demo or synthetic data.");
}

QString InitCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE init [--demo | --synthetic YEARS [--seed N]] [--force]\n"
        "\n"
        "Creates a new Jalaseh database: a new file, or Jalaseh's tables in an empty database on\n"
        "a PostgreSQL server (--db postgresql://user@server/database).\n"
        "\n"
        "  --demo             fill it with the demo data: the network's organisation, the\n"
        "                     steering committee and working groups with their members, and\n"
        "                     three recorded meetings (the first is the seed meeting of\n"
        "                     1402/01/21)\n"
        "  --synthetic YEARS  fill it with generated data for YEARS years (1 to 100); ten\n"
        "                     years are 2,000 people, 5,000 meetings and 100,000 attendance\n"
        "                     rows; for trying out and measuring speed\n"
        "  --seed N           the seed of the generated data (default 1); the same seed gives\n"
        "                     the same database\n"
        "  --force            replace the file if it exists (its contents are lost); on a server,\n"
        "                     delete the records the database holds\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh init\n"
        "  jalaseh --db demo.jalaseh init --demo\n"
        "  jalaseh --db big.jalaseh init --synthetic 10 --seed 7 --force\n");
}

int InitCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("--synthetic"), QStringLiteral("--seed")},
                                     {QStringLiteral("--demo"), QStringLiteral("--force")});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (!arguments.positional().isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "init takes no other words (\"%1\"); the file goes after --db, e.g. "
                              "jalaseh --db minutes.jalaseh init.")
                              .arg(arguments.positional().first())
                       << Qt::endl;
        return UserError;
    }
    const auto yearsText = arguments.value({QStringLiteral("--synthetic")});
    const auto seedText = arguments.value({QStringLiteral("--seed")});
    if (arguments.has(QStringLiteral("--demo")) && yearsText) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Choose either --demo or --synthetic, not both.")
                       << Qt::endl;
        return UserError;
    }
    std::optional<int> years;
    if (yearsText) {
        years = wholeNumber(*yearsText, 1, mostSyntheticYears);
        if (!years) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "--synthetic needs a number of years from 1 to %1, not \"%2\".")
                                  .arg(mostSyntheticYears)
                                  .arg(*yearsText)
                           << Qt::endl;
            return UserError;
        }
    }
    if (seedText && !years) {
        invocation.err << QCoreApplication::translate("CommandLine",
                                                      "--seed goes with --synthetic.")
                       << Qt::endl;
        return UserError;
    }
    quint32 seed = 1;
    if (seedText) {
        bool ok = false;
        seed = seedText->toUInt(&ok);
        if (!ok) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "--seed needs a whole number from 0 to 4294967295, not \"%1\".")
                                  .arg(*seedText)
                           << Qt::endl;
            return UserError;
        }
    }

    const QString& path = invocation.databasePath;
    const bool server = storage::DatabaseAddress::isServerAddress(path);
    const QString shown = shownDatabase(path);
    const QFileInfo file(path);
    if (!server && file.isDir()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 is a folder; give the name of a file to create, e.g. "
                              "%1/minutes.jalaseh.")
                              .arg(path)
                       << Qt::endl;
        return UserError;
    }
    if (!server && file.exists()) {
        if (!arguments.has(QStringLiteral("--force"))) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "%1 already exists, and init creates a new database. Choose "
                                  "another file name, or add --force to replace it (everything in "
                                  "it is lost).")
                                  .arg(path)
                           << Qt::endl;
            return UserError;
        }
        // The new file replaces the old by a rename, which needs the folder's permission.
        if (!QFileInfo(file.absolutePath()).isWritable()) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "%1 could not be replaced: it cannot be removed. Check the "
                                  "permissions of the file and its folder.")
                                  .arg(path)
                           << Qt::endl;
            return UserError;
        }
    }
    storage::OpenOptions options;
    options.create = true;
    options.allowReadOnly = false;
    const QString target = server ? path : buildingPath(path);
    if (!server)
        removeDatabaseFiles(target);
    auto opened = storage::Database::open(target, options);
    if (!opened.database) {
        // The user named the file, not the hidden one it is built as.
        invocation.err << QString(opened.message)
                              .replace(
                                  QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()),
                                  QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                       << Qt::endl;
        return UserError;
    }
    // A server's database is not removed and made again: its records are what init replaces.
    if (server && storage::DatabaseCopy::holdsRecords(*opened.database)) {
        if (!arguments.has(QStringLiteral("--force"))) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "The database %1 already holds records, and init creates a new "
                                  "database. Choose another database, or add --force to delete "
                                  "its records (everything in it is lost).")
                                  .arg(shown)
                           << Qt::endl;
            return UserError;
        }
        storage::DatabaseCopy::deleteRecords(*opened.database);
    }
    try {
        if (arguments.has(QStringLiteral("--demo"))) {
            exchange::createDemoData(*opened.database);
            documents::MinutesApproval::approveDemoMinutes(*opened.database);
        } else if (years)
            synthetic::generateSynthetic(*opened.database,
                                         synthetic::SyntheticSize::forYears(*years), seed);
    } catch (...) {
        // A half-made database is worth nothing; leave no file (no records on a server) behind
        // so that init can be rerun.
        if (server) {
            storage::DatabaseCopy::deleteRecords(*opened.database);
        } else {
            opened.database.reset();
            removeDatabaseFiles(target);
        }
        throw;
    }
    if (!server) {
        // Closing checkpoints the log into the file, so the one file is the whole database. An
        // old database's log and shared memory go first: beside the new file they would be
        // read as its own.
        opened.database.reset();
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        const bool replaced = std::rename(QFile::encodeName(target).constData(),
                                          QFile::encodeName(path).constData()) == 0;
        if (!replaced) {
            removeDatabaseFiles(target);
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "%1 could not be replaced: it cannot be removed. Check the "
                                  "permissions of the file and its folder.")
                                  .arg(path)
                           << Qt::endl;
            return UserError;
        }
    }

    if (arguments.has(QStringLiteral("--demo")))
        invocation.out << QCoreApplication::translate("CommandLine",
                                                      "Created %1 with the demo data.")
                              .arg(shown)
                       << Qt::endl;
    else if (years)
        invocation.out
            << (*years == 1
                    ? QCoreApplication::translate(
                          "CommandLine", "Created %1 with one year of synthetic data (seed %2).")
                          .arg(shown)
                          .arg(seed)
                    : QCoreApplication::translate(
                          "CommandLine", "Created %1 with %2 years of synthetic data (seed %3).")
                          .arg(shown)
                          .arg(*years)
                          .arg(seed))
            << Qt::endl;
    else
        invocation.out << QCoreApplication::translate("CommandLine",
                                                      "Created the empty database %1.")
                              .arg(shown)
                       << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
