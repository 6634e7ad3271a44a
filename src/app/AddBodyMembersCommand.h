#pragma once

#include "EditCommand.h"
#include "core/Attendance.h"

#include <QList>

namespace jalaseh::app {

// Lists a body's current members as attendees of a meeting at once (all the working-group leads,
// the steering committee); undo takes exactly those rows off again.
class AddBodyMembersCommand : public EditCommand
{
public:
    AddBodyMembersCommand(DatabaseSession& session, Id meetingId, Id bodyId, AttendanceRole role,
                          const QString& text);

    int addedCount() const { return m_added.size(); }

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::MeetingRows; }
    Id meetingId() const override { return m_meetingId; }

private:
    Id m_meetingId;
    Id m_bodyId;
    AttendanceRole m_role;
    QList<Attendance> m_added;
};

} // namespace jalaseh::app
