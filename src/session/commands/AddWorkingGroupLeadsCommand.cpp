#include "session/commands/AddWorkingGroupLeadsCommand.h"

#include "storage/AttendanceRepository.h"

namespace jalaseh::session {

void AddWorkingGroupLeadsCommand::addRows(storage::AttendanceRepository& attendance, Id meetingId,
                                          AttendanceRole role)
{
    attendance.addWorkingGroupLeads(meetingId, role);
}

} // namespace jalaseh::session
