#pragma once

#include "core/Enums.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Changes only the follow-up state of a decision or an action item (and undo puts the old one
// back), through DecisionRepository::setFollowUp and ActionItemRepository::setState: the one
// change a server's lead may make, to what is assigned to them, where the whole-row update needs
// the secretariat.
class SetFollowUpCommand : public EditCommand
{
public:
    enum class Target
    {
        Decision,
        ActionItem,
    };

    SetFollowUpCommand(DatabaseSession& session, Target target, Id id, Id meetingId,
                       FollowUpState before, FollowUpState after, const QString& text);

protected:
    void apply(storage::Database& database) override { write(database, m_after); }
    void revert(storage::Database& database) override { write(database, m_before); }
    Change change() const override { return Change::MeetingRows; }
    Id meetingId() const override { return m_meetingId; }

private:
    void write(storage::Database& database, FollowUpState state) const;

    Target m_target;
    Id m_id;
    Id m_meetingId;
    FollowUpState m_before;
    FollowUpState m_after;
};

} // namespace jalaseh::session
