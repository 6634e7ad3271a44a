#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db FILE backup now`: a checked backup of the file in its backup store
// (storage/BackupStore.h); the new backup's id alone on the last line, for scripts.
class BackupNowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

// `jalaseh --db FILE backup list`: the file's backups, newest first: id, date, size, kind.
class BackupListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

// `jalaseh --db FILE backup restore ID --to NEWFILE [--force]`: the backup as a new file.
class BackupRestoreCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
