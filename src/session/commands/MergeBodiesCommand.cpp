#include "session/commands/MergeBodiesCommand.h"

#include "session/RowKind.h"
#include "storage/BodyMerging.h"

namespace jalaseh::session {

MergeBodiesCommand::MergeBodiesCommand(DatabaseSession& session, Id bodyId, Id intoId,
                                       const QDate& on, const QString& text)
    : EditCommand(session, text)
    , m_bodyId(bodyId)
    , m_intoId(intoId)
    , m_on(on)
{
}

void MergeBodiesCommand::apply(storage::Database& database)
{
    const QList<Membership> earlierSeats = m_merged.newSeats;
    m_merged = storage::BodyMerging(database).merge(session().currentId(BodyRow, m_bodyId),
                                                    session().currentId(BodyRow, m_intoId), m_on);
    // A redo adds the seats again under new ids; edits made after the merge still name the old.
    if (earlierSeats.size() == m_merged.newSeats.size())
        for (qsizetype i = 0; i < earlierSeats.size(); ++i)
            session().renumber(MembershipRow, earlierSeats[i].id, m_merged.newSeats[i].id);
}

void MergeBodiesCommand::revert(storage::Database& database)
{
    storage::BodyMerging(database).unmerge(m_merged);
}

} // namespace jalaseh::session
