#pragma once

#include "core/Proposal.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Proposals put to a meeting, with their supporters in the order they spoke up.
class ProposalRepository
{
public:
    explicit ProposalRepository(Database& database);

    QList<Proposal> ofMeeting(Id meetingId) const; // by position
    std::optional<Proposal> find(Id id) const;
    // Inserts at proposal.position (1..n+1; 0 or out of range appends); sets its id and position
    // and normalises the text in place. A supporter listed twice is kept once.
    Id insert(Proposal& proposal);
    // Changes text, proposer, supporters, status and agenda item; the position changes only
    // through move().
    void update(const Proposal& proposal);
    // Decisions made on the proposal stay, without it.
    void remove(Id id, const RowVersion& read = {});
    void move(Id id, int newPosition);

private:
    QList<Proposal> select(const QString& where, Id value) const;
    void writeSupporters(Id proposalId, const QList<Id>& supporterIds);

    Database& m_database;
};

} // namespace jalaseh::storage
