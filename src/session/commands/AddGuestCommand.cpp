#include "session/commands/AddGuestCommand.h"

#include "session/RowKind.h"
#include "session/RowTraits.h"

namespace jalaseh::session {

AddGuestCommand::AddGuestCommand(DatabaseSession& session, const Person& person,
                                 const Attendance& attendance, const QString& text)
    : EditCommand(session, text)
    , m_person(person)
    , m_attendance(attendance)
{
}

void AddGuestCommand::apply(storage::Database& database)
{
    Person person = m_person;
    person.id = 0;
    storage::PersonRepository(database).insert(person);
    session().renumber(PersonRow, m_person.id, person.id);
    m_person = person;

    Attendance attendance = m_attendance;
    attendance.personId = person.id;
    attendance.meetingId = session().currentId(MeetingRow, attendance.meetingId);
    attendance.id = 0;
    storage::AttendanceRepository(database).insert(attendance);
    session().renumber(AttendanceRow, m_attendance.id, attendance.id);
    m_attendance = attendance;
}

void AddGuestCommand::revert(storage::Database& database)
{
    storage::AttendanceRepository(database).remove(
        session().currentId(AttendanceRow, m_attendance.id));
    storage::PersonRepository(database).remove(session().currentId(PersonRow, m_person.id));
}

} // namespace jalaseh::session
