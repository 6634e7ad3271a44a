#include "session/RowLinks.h"

#include "session/DatabaseSession.h"
#include "session/RowKind.h"
#include "storage/ActionItemRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/ProposalRepository.h"

namespace jalaseh::session {

RowLinks RowLinks::to(storage::Database& database, const AgendaItem& item)
{
    RowLinks links;
    for (const Contribution& row :
         storage::ContributionRepository(database).ofMeeting(item.meetingId))
        if (row.agendaItemId == item.id)
            links.m_contributions.append(row.id);
    for (const Proposal& row : storage::ProposalRepository(database).ofMeeting(item.meetingId))
        if (row.agendaItemId == item.id)
            links.m_proposals.append(row.id);
    return links;
}

RowLinks RowLinks::to(storage::Database& database, const Proposal& proposal)
{
    RowLinks links;
    for (const Decision& row : storage::DecisionRepository(database).ofMeeting(proposal.meetingId))
        if (row.proposalId == proposal.id)
            links.m_decisions.append(row.id);
    return links;
}

RowLinks RowLinks::to(storage::Database& database, const Decision& decision)
{
    // A decision's action items are recorded with the meeting that made it.
    RowLinks links;
    for (const ActionItem& row :
         storage::ActionItemRepository(database).ofMeeting(decision.meetingId))
        if (row.decisionId == decision.id)
            links.m_actionItems.append(row.id);
    return links;
}

void RowLinks::restore(storage::Database& database, const DatabaseSession& session, Id newId) const
{
    storage::ContributionRepository contributions(database);
    for (Id id : m_contributions)
        if (auto row = contributions.find(session.currentId(ContributionRow, id))) {
            row->agendaItemId = newId;
            contributions.update(*row);
        }
    storage::ProposalRepository proposals(database);
    for (Id id : m_proposals)
        if (auto row = proposals.find(session.currentId(ProposalRow, id))) {
            row->agendaItemId = newId;
            proposals.update(*row);
        }
    storage::DecisionRepository decisions(database);
    for (Id id : m_decisions)
        if (auto row = decisions.find(session.currentId(DecisionRow, id))) {
            row->proposalId = newId;
            decisions.update(*row);
        }
    storage::ActionItemRepository actionItems(database);
    for (Id id : m_actionItems)
        if (auto row = actionItems.find(session.currentId(ActionItemRow, id))) {
            row->decisionId = newId;
            actionItems.update(*row);
        }
}

} // namespace jalaseh::session
