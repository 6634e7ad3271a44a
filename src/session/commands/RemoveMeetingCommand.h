#pragma once

#include "core/MeetingRecord.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Removes a meeting with everything recorded in it; undo puts the whole record back.
class RemoveMeetingCommand : public EditCommand
{
public:
    RemoveMeetingCommand(DatabaseSession& session, Id meetingId, const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::Meetings; }

private:
    Id m_meetingId;
    MeetingRecord m_record;
};

} // namespace jalaseh::session
