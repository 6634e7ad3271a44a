#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE list versions MEETING`: the versions of a meeting's minutes of record.
class ListVersionsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
