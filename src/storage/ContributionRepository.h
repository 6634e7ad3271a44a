#pragma once

#include "core/Contribution.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// What each speaker said, in order.
class ContributionRepository
{
public:
    explicit ContributionRepository(Database& database);

    QList<Contribution> ofMeeting(Id meetingId) const; // by position
    std::optional<Contribution> find(Id id) const;
    // Inserts at contribution.position (1..n+1; 0 or out of range appends); sets its id and
    // position and normalises the text in place.
    Id insert(Contribution& contribution);
    // Changes speaker, agenda item and text; the position changes only through move().
    void update(const Contribution& contribution);
    void remove(Id id, const RowVersion& read = {});
    void move(Id id, int newPosition);

private:
    QList<Contribution> select(const QString& where, Id value) const;

    Database& m_database;
};

} // namespace jalaseh::storage
