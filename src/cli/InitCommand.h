#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE init [--demo | --synthetic YEARS [--seed N]] [--force]`: a new database.
class InitCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
