#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE import meeting FILE.json`: adds a meeting from a meeting file.
class ImportMeetingCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
