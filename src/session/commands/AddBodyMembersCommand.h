#pragma once

#include "session/commands/AddAttendeesCommand.h"

namespace jalaseh::session {

// Lists a body's current members as attendees of a meeting at once (the steering committee, a
// working group); undo takes exactly those rows off again.
class AddBodyMembersCommand : public AddAttendeesCommand
{
public:
    AddBodyMembersCommand(DatabaseSession& session, Id meetingId, Id bodyId, AttendanceRole role,
                          const QString& text);

protected:
    void addRows(storage::AttendanceRepository& attendance, Id meetingId,
                 AttendanceRole role) override;

private:
    Id m_bodyId;
};

} // namespace jalaseh::session
