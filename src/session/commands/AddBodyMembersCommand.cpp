#include "session/commands/AddBodyMembersCommand.h"

#include "session/RowKind.h"
#include "storage/AttendanceRepository.h"

namespace jalaseh::session {

AddBodyMembersCommand::AddBodyMembersCommand(DatabaseSession& session, Id meetingId, Id bodyId,
                                             AttendanceRole role, const QString& text)
    : AddAttendeesCommand(session, meetingId, role, text)
    , m_bodyId(bodyId)
{
}

void AddBodyMembersCommand::addRows(storage::AttendanceRepository& attendance, Id meetingId,
                                    AttendanceRole role)
{
    attendance.addBodyMembers(meetingId, session().currentId(BodyRow, m_bodyId), role);
}

} // namespace jalaseh::session
