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
    // Saved whatever the row's version (one state, set or put back); the version it moves on to
    // is remembered, so that this window's next save of the row is not taken for someone else's.
    if (m_target == Target::Decision) {
        const Id id = session().currentId(DecisionRow, m_id);
        session().rememberVersion(DecisionRow, id,
                                  storage::DecisionRepository(database).setFollowUp(id, state));
    } else {
        const Id id = session().currentId(ActionItemRow, m_id);
        session().rememberVersion(ActionItemRow, id,
                                  storage::ActionItemRepository(database).setState(id, state));
    }
}

} // namespace jalaseh::session
