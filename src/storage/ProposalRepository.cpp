#include "ProposalRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/RowPositions.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace jalaseh::storage {
namespace {

const QString table = QStringLiteral("proposal");

Refusals proposalRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting, the proposer, a supporter or the agenda item of this "
                   "proposal does not exist.");
    return refusals;
}

} // namespace

ProposalRepository::ProposalRepository(Database& database)
    : m_database(database)
{
}

QList<Proposal> ProposalRepository::select(const QString& where, Id value) const
{
    Statement query(m_database, QStringLiteral("SELECT id, meeting_id, position, text, "
                                               "proposer_id, status, agenda_item_id, %1 "
                                               "FROM proposal WHERE %2 ORDER BY position, id")
                                    .arg(RowVersions::columns({}), where));
    query.bind(value).exec();
    QList<Proposal> proposals;
    QHash<Id, qsizetype> indexOf;
    while (query.next()) {
        Proposal proposal;
        proposal.id = query.integer(0);
        proposal.meetingId = query.integer(1);
        proposal.position = int(query.integer(2));
        proposal.text = query.text(3);
        proposal.proposerId = query.optionalId(4);
        proposal.status = query.enumValue<ProposalStatus>(5);
        proposal.agendaItemId = query.optionalId(6);
        proposal.version = RowVersions::read(query, 7);
        indexOf.insert(proposal.id, proposals.size());
        proposals.append(std::move(proposal));
    }
    if (proposals.isEmpty())
        return proposals;
    Statement supporters(m_database,
                         QStringLiteral("SELECT s.proposal_id, s.person_id FROM proposal_supporter "
                                        "s JOIN proposal ON proposal.id = s.proposal_id "
                                        "WHERE proposal.%1 ORDER BY s.proposal_id, s.position")
                             .arg(where));
    supporters.bind(value).exec();
    while (supporters.next()) {
        const auto index = indexOf.value(supporters.integer(0), -1);
        if (index >= 0)
            proposals[index].supporterIds.append(supporters.integer(1));
    }
    return proposals;
}

QList<Proposal> ProposalRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("meeting_id = ?"), meetingId);
}

std::optional<Proposal> ProposalRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id ProposalRepository::insert(Proposal& proposal)
{
    Proposal stored = proposal;
    stored.text = persian::normalizeForStorage(proposal.text);
    stored.supporterIds.clear();
    for (Id supporter : proposal.supporterIds) {
        if (!stored.supporterIds.contains(supporter))
            stored.supporterIds.append(supporter);
    }
    Transaction transaction(m_database);
    stored.position = RowPositions(m_database, table).makeRoom(stored.meetingId, proposal.position);
    Statement statement(m_database, QStringLiteral("INSERT INTO proposal (meeting_id, position, "
                                                   "text, proposer_id, status, agenda_item_id, "
                                                   "search_key) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    statement.bind(stored.meetingId).bind(stored.position).bind(stored.text);
    statement.bind(stored.proposerId).bind(stored.status).bind(stored.agendaItemId);
    statement.bind(SearchKeys::of(stored.text)).exec(proposalRefusals());
    stored.id = statement.lastInsertId();
    writeSupporters(stored.id, stored.supporterIds);
    transaction.commit();
    proposal = stored;
    return proposal.id;
}

void ProposalRepository::update(const Proposal& proposal)
{
    const QString text = persian::normalizeForStorage(proposal.text);
    Transaction transaction(m_database);
    VersionedWrite write(m_database, table,
                         QStringLiteral("text = ?, proposer_id = ?, status = ?, "
                                        "agenda_item_id = ?, search_key = ?"),
                         proposal.id, proposal.version,
                         QCoreApplication::translate(
                             "Storage", "This proposal is no longer in the database; someone may "
                                        "have removed it. Reload the meeting."));
    write.statement().bind(text).bind(proposal.proposerId).bind(proposal.status);
    write.statement().bind(proposal.agendaItemId).bind(SearchKeys::of(text));
    write.exec(proposalRefusals());
    writeSupporters(proposal.id, proposal.supporterIds);
    transaction.commit();
}

void ProposalRepository::writeSupporters(Id proposalId, const QList<Id>& supporterIds)
{
    Statement(m_database, QStringLiteral("DELETE FROM proposal_supporter WHERE proposal_id = ?"))
        .bind(proposalId)
        .exec();
    Statement insert(m_database, QStringLiteral("INSERT INTO proposal_supporter "
                                                "(proposal_id, person_id, position) "
                                                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    int position = 1;
    for (Id supporter : supporterIds)
        insert.bind(proposalId).bind(supporter).bind(position++).exec(proposalRefusals());
}

void ProposalRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    if (const auto proposal = find(id)) {
        removeVersioned(m_database, table, id, read);
        RowPositions(m_database, table).closeGap(proposal->meetingId, proposal->position);
    }
    transaction.commit();
}

void ProposalRepository::move(Id id, int newPosition)
{
    Transaction transaction(m_database);
    RowPositions(m_database, table).move(id, newPosition);
    transaction.commit();
}

} // namespace jalaseh::storage
