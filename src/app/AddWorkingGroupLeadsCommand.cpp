#include "AddWorkingGroupLeadsCommand.h"

#include "storage/AttendanceRepository.h"

namespace jalaseh::app {

void AddWorkingGroupLeadsCommand::addRows(storage::AttendanceRepository& attendance, Id meetingId,
                                          AttendanceRole role)
{
    attendance.addWorkingGroupLeads(meetingId, role);
}

} // namespace jalaseh::app
