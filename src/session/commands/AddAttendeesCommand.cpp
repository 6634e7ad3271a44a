#include "session/commands/AddAttendeesCommand.h"

#include "session/RowKind.h"
#include "storage/AttendanceRepository.h"

#include <QSet>

namespace jalaseh::session {

AddAttendeesCommand::AddAttendeesCommand(DatabaseSession& session, Id meetingId,
                                         AttendanceRole role, const QString& text)
    : EditCommand(session, text)
    , m_meetingId(meetingId)
    , m_role(role)
{
}

void AddAttendeesCommand::apply(storage::Database& database)
{
    const Id meeting = session().currentId(MeetingRow, m_meetingId);
    storage::AttendanceRepository attendance(database);
    QSet<Id> before;
    for (const Attendance& row : attendance.ofMeeting(meeting))
        before.insert(row.id);
    addRows(attendance, meeting, m_role);

    // A redo lists the same people again under new ids; later commands still know the old ones.
    QList<Attendance> added;
    for (const Attendance& row : attendance.ofMeeting(meeting)) {
        if (before.contains(row.id))
            continue;
        for (const Attendance& earlier : std::as_const(m_added))
            if (earlier.personId == row.personId)
                session().renumber(AttendanceRow, earlier.id, row.id);
        added.append(row);
    }
    // Everyone was listed already: nothing to keep on the undo stack.
    setObsolete(added.isEmpty() && m_added.isEmpty());
    m_added = added;
}

void AddAttendeesCommand::revert(storage::Database& database)
{
    storage::AttendanceRepository attendance(database);
    for (const Attendance& row : std::as_const(m_added))
        attendance.remove(session().currentId(AttendanceRow, row.id));
}

} // namespace jalaseh::session
