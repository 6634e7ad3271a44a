#pragma once

#include "Command.h"

namespace jalaseh::cli {

// `jalaseh --db DATABASE export invitation ID [-o FILE] [--templates DIR]`: a planned meeting
// as an iCalendar file (report::InvitationCalendar) for the invitees' calendars.
class ExportInvitationCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const Invocation& invocation) override;
};

} // namespace jalaseh::cli
