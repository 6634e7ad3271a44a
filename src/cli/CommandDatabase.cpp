#include "CommandDatabase.h"

#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::cli {

std::unique_ptr<storage::Database> openDatabase(const Invocation& invocation, DatabaseAccess access)
{
    storage::OpenOptions options;
    options.create = false;
    options.allowReadOnly = access == DatabaseAccess::Read;
    options.probeWriteLock = access == DatabaseAccess::Write;
    auto opened = storage::Database::open(invocation.databasePath, options);
    if (!opened.database) {
        invocation.err << opened.message << Qt::endl;
        return nullptr;
    }
    // A warning, not a refusal: the command goes on.
    if (!opened.database->networkNote().isEmpty())
        invocation.err << QCoreApplication::translate("CommandLine", "Warning: %1")
                              .arg(opened.database->networkNote())
                       << Qt::endl;
    // A server keeps no copy of the old tables (its administrator's backups do that).
    if (opened.database->migratedFromVersion() != 0 && opened.database->backupPath().isEmpty())
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Note: %1 was updated to this version of Jalaseh.")
                              .arg(shownDatabase(invocation))
                       << Qt::endl;
    else if (opened.database->migratedFromVersion() != 0)
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Note: %1 was updated to this version of Jalaseh; a copy of the "
                              "old file was kept as %2.")
                              .arg(shownDatabase(invocation), opened.database->backupPath())
                       << Qt::endl;
    if (access == DatabaseAccess::Write && opened.database->engine() == storage::Engine::Sqlite &&
        !opened.database->isReadOnly()) {
        bool due = false;
        try {
            due = storage::BackupStore(opened.database->path()).isDue();
        } catch (const storage::StorageError&) {
            due = true;
        }
        if (due)
            backUp(*opened.database, storage::BackupKind::Rolling, invocation);
    }
    return std::move(opened.database);
}

bool backUp(storage::Database& database, storage::BackupKind kind, const Invocation& invocation)
{
    if (database.engine() != storage::Engine::Sqlite)
        return true;
    try {
        storage::BackupStore(database.path()).write(database.connection(), kind);
        return true;
    } catch (const storage::StorageError& error) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Warning: no backup of %1 was made (%2) The command "
                                             "goes on without it.")
                              .arg(shownDatabase(invocation.databasePath.isEmpty()
                                                     ? database.path()
                                                     : invocation.databasePath),
                                   error.userMessage())
                       << Qt::endl;
        return false;
    }
}

QString shownDatabase(const Invocation& invocation)
{
    return shownDatabase(invocation.databasePath);
}

QString shownDatabase(const QString& address)
{
    bool ok = false;
    QString error;
    const auto parsed = storage::DatabaseAddress::parse(address, &ok, &error);
    if (!ok)
        return QStringLiteral("postgresql://…");
    return parsed.display();
}

} // namespace jalaseh::cli
