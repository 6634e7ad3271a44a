#pragma once

#include "core/Membership.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Seats of people in bodies, with their roles and periods.
class MembershipRepository
{
public:
    explicit MembershipRepository(Database& database);

    QList<Membership> ofBody(Id bodyId) const;     // by start date
    QList<Membership> ofPerson(Id personId) const; // by start date
    // The memberships of the body that hold on `day`.
    QList<Membership> currentOn(Id bodyId, const QDate& day) const;
    std::optional<Membership> find(Id id) const;
    Id insert(Membership& membership);
    void update(const Membership& membership);
    void remove(Id id, const RowVersion& read = {});

private:
    QList<Membership> select(const QString& where, const QList<QVariant>& values) const;

    Database& m_database;
};

} // namespace jalaseh::storage
