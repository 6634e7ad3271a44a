#pragma once

#include "core/Attendance.h"
#include "core/Person.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Records someone new as a guest of a meeting: creates the person and lists him or her as an
// attendee, in one edit (undo removes both).
class AddGuestCommand : public EditCommand
{
public:
    AddGuestCommand(DatabaseSession& session, const Person& person, const Attendance& attendance,
                    const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::MeetingRows; }
    bool changesPeople() const override { return true; }
    Id meetingId() const override { return m_attendance.meetingId; }

private:
    Person m_person;
    Attendance m_attendance;
};

} // namespace jalaseh::session
