#pragma once

#include "core/Attendance.h"
#include "core/Person.h"
#include "session/EditCommand.h"

#include <QList>
#include <optional>

namespace jalaseh::session {

// Someone to list as an attendee: a person of the database, or a new one to create first.
struct AttendeeToAdd
{
    Id personId = 0; // 0: create `newPerson`
    Person newPerson;
};

// Lists several people as attendees of a meeting in one edit, creating those who are new (a
// pasted attendee list); undo takes the rows off and removes the people it created.
class AddPastedAttendeesCommand : public EditCommand
{
public:
    AddPastedAttendeesCommand(DatabaseSession& session, Id meetingId, QList<AttendeeToAdd> people,
                              AttendanceRole role, std::optional<Id> representsBodyId,
                              const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::MeetingRows; }
    bool changesPeople() const override { return true; }
    Id meetingId() const override { return m_meetingId; }

private:
    Id m_meetingId;
    QList<AttendeeToAdd> m_people;
    AttendanceRole m_role;
    std::optional<Id> m_representsBodyId;
    QList<Id> m_attendanceIds; // the rows added, by their latest ids
};

} // namespace jalaseh::session
