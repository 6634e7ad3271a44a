#pragma once

#include "core/Attendance.h"
#include "session/EditCommand.h"

#include <QList>

namespace jalaseh::storage {
class AttendanceRepository;
}

namespace jalaseh::session {

// Lists several people as attendees of a meeting at once, by a storage call that chooses them
// (a body's members, all the working-group leads); undo takes exactly the rows it added off again.
class AddAttendeesCommand : public EditCommand
{
public:
    AddAttendeesCommand(DatabaseSession& session, Id meetingId, AttendanceRole role,
                        const QString& text);

    int addedCount() const { return int(m_added.size()); }

protected:
    // Adds the rows to the meeting `meetingId` (its current id) in `role`.
    virtual void addRows(storage::AttendanceRepository& attendance, Id meetingId,
                         AttendanceRole role) = 0;

    void apply(storage::Database& database) final;
    void revert(storage::Database& database) final;
    Change change() const final { return Change::MeetingRows; }
    Id meetingId() const final { return m_meetingId; }

private:
    Id m_meetingId;
    AttendanceRole m_role;
    QList<Attendance> m_added;
};

} // namespace jalaseh::session
