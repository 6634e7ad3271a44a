#pragma once

#include "core/AgendaItem.h"
#include "core/Decision.h"
#include "core/Proposal.h"

#include <QList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class DatabaseSession;

// The rows that refer to a row and lose that reference when it is removed (the database sets it
// to nothing): the contributions and proposals on an agenda item, the decisions made on a
// proposal, the action items of a decision. A removal keeps them, so that undoing it links them to
// the row again.
class RowLinks
{
public:
    // `item` and `proposal` with their current ids.
    static RowLinks to(storage::Database& database, const AgendaItem& item);
    static RowLinks to(storage::Database& database, const Proposal& proposal);
    static RowLinks to(storage::Database& database, const Decision& decision);
    template <typename Row>
    static RowLinks to(storage::Database&, const Row&)
    {
        return {};
    }

    // Points the rows that referred to the removed row at `newId`, the row put back.
    void restore(storage::Database& database, const DatabaseSession& session, Id newId) const;

private:
    QList<Id> m_contributions; // on the agenda item
    QList<Id> m_proposals;     // on the agenda item
    QList<Id> m_decisions;     // made on the proposal
    QList<Id> m_actionItems;   // of the decision
};

} // namespace jalaseh::session
