#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE approve minutes MEETING`: approves a meeting's minutes of record
// (documents::MinutesApproval), printing the new version's document id alone on the last line.
class ApproveMinutesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
