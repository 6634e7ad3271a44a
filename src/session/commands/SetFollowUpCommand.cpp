#include "session/commands/SetFollowUpCommand.h"

#include "session/RowKind.h"
#include "storage/ActionItemRepository.h"
#include "storage/DecisionRepository.h"

namespace jalaseh::session {

SetFollowUpCommand::SetFollowUpCommand(DatabaseSession& session, Target target, Id id, Id meetingId,
                                       FollowUpState before, FollowUpState after,
                                       const QString& text)
    : EditCommand(session, text)
    , m_target(target)
    , m_id(id)
    , m_meetingId(meetingId)
    , m_before(before)
    , m_after(after)
{
}

void SetFollowUpCommand::write(storage::Database& database, FollowUpState state) const
{
    if (m_target == Target::Decision)
        storage::DecisionRepository(database).setFollowUp(session().currentId(DecisionRow, m_id),
                                                          state);
    else
        storage::ActionItemRepository(database).setState(session().currentId(ActionItemRow, m_id),
                                                         state);
}

} // namespace jalaseh::session
