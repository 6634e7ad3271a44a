#include "BodyMerging.h"

#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/RowVersions.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

Refusals seatRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "A person or a body of the merge is no longer in the database.");
    refusals.invalid = QCoreApplication::translate(
        "Storage", "A membership cannot end before it starts; check the dates.");
    refusals.unique = QCoreApplication::translate(
        "Storage", "A membership the merge takes back is in the database again.");
    return refusals;
}

Body requireBody(const BodyRepository& bodies, Id id)
{
    const auto body = bodies.find(id);
    if (!body)
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "This body is no longer in the database; someone may have removed "
                               "it. Reload the list."),
                           QStringLiteral("body %1").arg(id));
    return *body;
}

} // namespace

BodyMerging::BodyMerging(Database& database)
    : m_database(database)
{
}

BodyMergePlan BodyMerging::plan(Id bodyId, Id intoId, const QDate& on) const
{
    const BodyRepository bodies(m_database);
    const Body body = requireBody(bodies, bodyId);
    const Body into = requireBody(bodies, intoId);
    const MembershipRepository seats(m_database);
    return planMerge(body, into, on, bodies.all(), seats.ofBody(bodyId), seats.ofBody(intoId),
                     lastMeetingOf(bodyId));
}

QDate BodyMerging::lastMeetingOf(Id bodyId) const
{
    Statement query(m_database, QStringLiteral("SELECT max(m.date) FROM meeting m "
                                               "JOIN meeting_series s ON s.id = m.series_id "
                                               "WHERE s.body_id = ?"));
    query.bind(bodyId).exec();
    return query.next() ? query.date(0) : QDate();
}

QString BodyMerging::refusalMessage(const BodyMergePlan& plan) const
{
    using Refusal = BodyMergePlan::Refusal;
    const auto nameOf = [this](std::optional<Id> id) {
        const auto body = id ? BodyRepository(m_database).find(*id) : std::nullopt;
        return body ? body->name : QString();
    };
    switch (plan.refusal) {
    case Refusal::None:
        return {};
    case Refusal::SameBody:
        return QCoreApplication::translate(
                   "Storage", "A body cannot be merged into itself. Choose the body that %1 joins.")
            .arg(plan.body.name);
    case Refusal::NoDate:
        return QCoreApplication::translate("Storage",
                                           "Give the day of the merge as a Jalali date.");
    case Refusal::AlreadyMerged:
        return QCoreApplication::translate(
                   "Storage", "%1 was already merged into %2 on %3; a body is merged only once.")
            .arg(plan.body.name, nameOf(plan.body.mergedIntoId),
                 persian::formatDate(plan.body.mergedOn));
    case Refusal::Circle:
        return QCoreApplication::translate("Storage",
                                           "%1 was merged into %2, so %2 cannot be merged into it.")
            .arg(plan.into.name, plan.body.name);
    case Refusal::IntoMerged:
        return QCoreApplication::translate(
                   "Storage", "%1 was itself merged into %2 on %3. Merge %4 into %2 instead.")
            .arg(plan.into.name, nameOf(plan.into.mergedIntoId),
                 persian::formatDate(plan.into.mergedOn), plan.body.name);
    case Refusal::MetAfterwards:
        return QCoreApplication::translate(
                   "Storage",
                   "%1 has a meeting on %2, after the day of the merge. Choose a day on or after "
                   "its last meeting, or move that meeting first.")
            .arg(plan.body.name, persian::formatDate(plan.lastMeeting));
    }
    return {};
}

BodyMergePlan BodyMerging::merge(Id bodyId, Id intoId, const QDate& on)
{
    Transaction transaction(m_database);
    BodyMergePlan merged = plan(bodyId, intoId, on);
    if (merged.isRefused())
        throw StorageError(refusalMessage(merged),
                           QStringLiteral("merge %1 into %2").arg(bodyId).arg(intoId));
    setMerged(bodyId, intoId, on);
    Statement end(m_database, QStringLiteral("UPDATE membership SET until_date = ?, "
                                             "version = version + 1 WHERE id = ?"));
    Statement remove(m_database, QStringLiteral("DELETE FROM membership WHERE id = ?"));
    for (const SeatChange& change : std::as_const(merged.seatChanges)) {
        if (change.after)
            end.bind(change.after->until).bind(change.before.id).exec(seatRefusals());
        else
            remove.bind(change.before.id).exec(seatRefusals());
    }
    Statement insert(m_database, QStringLiteral("INSERT INTO membership (person_id, body_id, role, "
                                                "from_date, until_date) VALUES (?, ?, ?, ?, ?)"));
    for (Membership& seat : merged.newSeats) {
        insert.bind(seat.personId).bind(seat.bodyId).bind(seat.role).bind(seat.from);
        insert.bind(seat.until).exec(seatRefusals());
        seat.id = insert.lastInsertId();
    }
    transaction.commit();
    return merged;
}

void BodyMerging::unmerge(const BodyMergePlan& merged)
{
    Transaction transaction(m_database);
    const Body now = requireBody(BodyRepository(m_database), merged.body.id);
    if (now.mergedIntoId != merged.into.id || now.mergedOn != merged.on)
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "%1 is no longer merged as it was, so the merge cannot be taken "
                               "back. Reload the list.")
                               .arg(merged.body.name),
                           QStringLiteral("unmerge body %1").arg(merged.body.id));
    Statement remove(m_database, QStringLiteral("DELETE FROM membership WHERE id = ?"));
    for (const Membership& seat : merged.newSeats)
        remove.bind(seat.id).exec(seatRefusals());
    Statement restore(m_database,
                      QStringLiteral("UPDATE membership SET person_id = ?, body_id = ?, "
                                     "role = ?, from_date = ?, until_date = ?, "
                                     "version = version + 1 WHERE id = ?"));
    Statement reinsert(m_database,
                       QStringLiteral("INSERT INTO membership (person_id, body_id, role, "
                                      "from_date, until_date, id) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SeatChange& change : merged.seatChanges) {
        const Membership& seat = change.before;
        Statement& write = change.after ? restore : reinsert;
        write.bind(seat.personId).bind(seat.bodyId).bind(seat.role).bind(seat.from);
        write.bind(seat.until).bind(seat.id).exec(seatRefusals());
    }
    setMerged(merged.body.id, merged.body.mergedIntoId, merged.body.mergedOn);
    transaction.commit();
}

void BodyMerging::setMerged(Id bodyId, std::optional<Id> intoId, const QDate& on)
{
    Refusals refusals;
    refusals.foreignKey =
        QCoreApplication::translate("Storage", "The body this one is merged into does not exist.");
    // Not checked against a version read (the merge plan checks what it needs), but the version
    // moves on: an edit of the body made from before the merge must not take it back unseen.
    VersionedWrite update(m_database, QStringLiteral("body"),
                          QStringLiteral("merged_into = ?, merged_on = ?"), bodyId, RowVersion{},
                          QCoreApplication::translate(
                              "Storage", "This body is no longer in the database; someone may "
                                         "have removed it. Reload the list."));
    update.statement().bind(intoId).bind(on);
    update.exec(refusals);
}

} // namespace jalaseh::storage
