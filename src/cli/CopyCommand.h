#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh copy SOURCE TARGET [--force]`: a whole database from a file or server to another file
// or server, every id kept, in one transaction on the target.
class CopyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool needsDatabase() const override { return false; }
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
