#include "MembershipRepository.h"

#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

Refusals membershipRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The person or the body of this membership does not exist.");
    refusals.invalid = QCoreApplication::translate(
        "Storage", "A membership cannot end before it starts; check the dates.");
    return refusals;
}

Membership membershipFrom(const Statement& row)
{
    Membership membership;
    membership.id = row.integer(0);
    membership.personId = row.integer(1);
    membership.bodyId = row.integer(2);
    membership.role = row.enumValue<MembershipRole>(3);
    membership.from = row.date(4);
    membership.until = row.date(5);
    membership.version = RowVersions::read(row, 6);
    return membership;
}

} // namespace

MembershipRepository::MembershipRepository(Database& database)
    : m_database(database)
{
}

QList<Membership> MembershipRepository::select(const QString& where,
                                               const QList<QVariant>& values) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT id, person_id, body_id, role, from_date, until_date, "
                                   "%1 FROM membership WHERE %2 ORDER BY from_date NULLS FIRST, id")
                        .arg(RowVersions::columns({}), where));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<Membership> memberships;
    while (query.next())
        memberships.append(membershipFrom(query));
    return memberships;
}

QList<Membership> MembershipRepository::ofBody(Id bodyId) const
{
    return select(QStringLiteral("body_id = ?"), {bodyId});
}

QList<Membership> MembershipRepository::ofPerson(Id personId) const
{
    return select(QStringLiteral("person_id = ?"), {personId});
}

QList<Membership> MembershipRepository::currentOn(Id bodyId, const QDate& day) const
{
    const QString iso = day.toString(Qt::ISODate);
    return select(QStringLiteral("body_id = ? AND (from_date IS NULL OR from_date <= ?) "
                                 "AND (until_date IS NULL OR until_date >= ?)"),
                  {bodyId, iso, iso});
}

std::optional<Membership> MembershipRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id MembershipRepository::insert(Membership& membership)
{
    Transaction transaction(m_database);
    Statement statement(m_database,
                        QStringLiteral("INSERT INTO membership (person_id, body_id, role, "
                                       "from_date, until_date) VALUES (?, ?, ?, ?, ?)"));
    statement.bind(membership.personId).bind(membership.bodyId).bind(membership.role);
    statement.bind(membership.from).bind(membership.until).exec(membershipRefusals());
    membership.id = statement.lastInsertId();
    transaction.commit();
    return membership.id;
}

void MembershipRepository::update(const Membership& membership)
{
    Transaction transaction(m_database);
    VersionedWrite write(m_database, QStringLiteral("membership"),
                         QStringLiteral("person_id = ?, body_id = ?, role = ?, from_date = ?, "
                                        "until_date = ?"),
                         membership.id, membership.version,
                         QCoreApplication::translate(
                             "Storage", "This membership is no longer in the database; someone "
                                        "may have removed it. Reload the list."));
    write.statement().bind(membership.personId).bind(membership.bodyId).bind(membership.role);
    write.statement().bind(membership.from).bind(membership.until);
    write.exec(membershipRefusals());
    transaction.commit();
}

void MembershipRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    removeVersioned(m_database, QStringLiteral("membership"), id, read);
    transaction.commit();
}

} // namespace jalaseh::storage
