#include "session/commands/AddPastedAttendeesCommand.h"

#include "session/RowKind.h"
#include "storage/AttendanceRepository.h"
#include "storage/PersonRepository.h"

namespace jalaseh::session {

AddPastedAttendeesCommand::AddPastedAttendeesCommand(DatabaseSession& session, Id meetingId,
                                                     QList<AttendeeToAdd> people,
                                                     AttendanceRole role,
                                                     std::optional<Id> representsBodyId,
                                                     const QString& text)
    : EditCommand(session, text)
    , m_meetingId(meetingId)
    , m_people(std::move(people))
    , m_role(role)
    , m_representsBodyId(representsBodyId)
{
}

void AddPastedAttendeesCommand::apply(storage::Database& database)
{
    storage::PersonRepository people(database);
    storage::AttendanceRepository attendance(database);
    QList<Id> attendanceIds;
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        AttendeeToAdd& one = m_people[i];
        Id personId = session().currentId(PersonRow, one.personId);
        if (!one.personId) {
            // A redo creates the person again under a new id; commands made since know the
            // last one.
            Person created = one.newPerson;
            created.id = 0;
            people.insert(created);
            session().renumber(PersonRow, one.newPerson.id, created.id);
            one.newPerson.id = created.id;
            personId = created.id;
        }
        Attendance row;
        row.meetingId = session().currentId(MeetingRow, m_meetingId);
        row.personId = personId;
        row.role = m_role;
        if (m_representsBodyId)
            row.representsBodyId = session().currentId(BodyRow, *m_representsBodyId);
        attendance.insert(row);
        if (i < m_attendanceIds.size())
            session().renumber(AttendanceRow, m_attendanceIds[i], row.id);
        attendanceIds.append(row.id);
    }
    m_attendanceIds = attendanceIds;
}

void AddPastedAttendeesCommand::revert(storage::Database& database)
{
    storage::AttendanceRepository attendance(database);
    for (Id id : std::as_const(m_attendanceIds))
        attendance.remove(session().currentId(AttendanceRow, id));
    storage::PersonRepository people(database);
    for (const AttendeeToAdd& one : std::as_const(m_people))
        if (!one.personId)
            people.remove(session().currentId(PersonRow, one.newPerson.id));
}

} // namespace jalaseh::session
