#pragma once

#include "session/commands/AddAttendeesCommand.h"

namespace jalaseh::session {

// Lists the current leads of every working group as attendees of a meeting at once, each
// representing his or her group; undo takes exactly those rows off again.
class AddWorkingGroupLeadsCommand : public AddAttendeesCommand
{
public:
    using AddAttendeesCommand::AddAttendeesCommand;

protected:
    void addRows(storage::AttendanceRepository& attendance, Id meetingId,
                 AttendanceRole role) override;
};

} // namespace jalaseh::session
