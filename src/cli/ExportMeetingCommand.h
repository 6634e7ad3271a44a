#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE export meeting ID [--format json] [-o FILE]`: one meeting as a meeting file.
class ExportMeetingCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
