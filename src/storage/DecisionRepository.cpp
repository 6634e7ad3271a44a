#include "DecisionRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/RowPositions.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace jalaseh::storage {
namespace {

const QString table = QStringLiteral("decision");

Refusals decisionRefusals()
{
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting, the person responsible, the proposal or a reviewing "
                   "meeting of this decision does not exist.");
    refusals.invalid =
        QCoreApplication::translate("Storage", "The decision's deadline is not a valid date.");
    return refusals;
}

QString goneMessage()
{
    return QCoreApplication::translate("Storage",
                                       "This decision is no longer in the database; someone may "
                                       "have removed it. Reload the meeting.");
}

QList<Id> idsOf(const QList<Decision>& decisions)
{
    QList<Id> ids;
    ids.reserve(decisions.size());
    for (const Decision& decision : decisions)
        ids.append(decision.id);
    return ids;
}

} // namespace

DecisionRepository::DecisionRepository(Database& database)
    : m_database(database)
{
}

QList<Decision> DecisionRepository::select(const QString& sqlTail,
                                           const QList<QVariant>& values) const
{
    Statement query(m_database, QStringLiteral("SELECT d.id, d.meeting_id, d.position, d.text, "
                                               "d.status, d.responsible_id, d.deadline, "
                                               "d.follow_up, d.proposal_id, %1 FROM decision d %2")
                                    .arg(RowVersions::columns(QStringLiteral("d")), sqlTail));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<Decision> decisions;
    QHash<Id, qsizetype> indexOf;
    while (query.next()) {
        Decision decision;
        decision.id = query.integer(0);
        decision.meetingId = query.integer(1);
        decision.position = int(query.integer(2));
        decision.text = query.text(3);
        decision.status = query.enumValue<DecisionStatus>(4);
        decision.responsibleId = query.optionalId(5);
        decision.deadline = query.date(6);
        decision.followUp = query.enumValue<FollowUpState>(7);
        decision.proposalId = query.optionalId(8);
        decision.version = RowVersions::read(query, 9);
        indexOf.insert(decision.id, decisions.size());
        decisions.append(std::move(decision));
    }
    if (decisions.isEmpty())
        return decisions;
    // Reviews are few (a deferred decision's later meetings). For a short list read those of its
    // decisions; for a long one reading them all is quicker than sending every id.
    const bool longList = decisions.size() > 1000;
    Statement reviews(m_database,
                      QStringLiteral("SELECT r.decision_id, r.meeting_id FROM decision_review r "
                                     "JOIN meeting m ON m.id = r.meeting_id %1 "
                                     "ORDER BY m.date, m.id")
                          .arg(longList ? QString()
                                        : QStringLiteral("WHERE r.decision_id IN ") +
                                              SqlDialect::idsFromJsonArray(m_database.engine())));
    if (!longList)
        reviews.bind(jsonArray(idsOf(decisions)));
    reviews.exec();
    while (reviews.next()) {
        const auto index = indexOf.value(reviews.integer(0), -1);
        if (index >= 0)
            decisions[index].reviewedInMeetingIds.append(reviews.integer(1));
    }
    return decisions;
}

QList<Decision> DecisionRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("WHERE d.meeting_id = ? ORDER BY d.position, d.id"), {meetingId});
}

QList<Decision> DecisionRepository::all() const
{
    // In the order of the meeting_by_date index and decision_by_meeting: no sort of 50,000 rows.
    return select(
        QStringLiteral("JOIN meeting m ON m.id = d.meeting_id "
                       "ORDER BY m.date, m.start_time NULLS FIRST, m.id, d.position, d.id"),
        {});
}

QList<Decision> DecisionRepository::heldBetween(const QDate& from, const QDate& to) const
{
    // A range of the meeting_by_date index, then decision_by_meeting: no sort, as in all().
    return select(
        QStringLiteral("JOIN meeting m ON m.id = d.meeting_id "
                       "WHERE m.date BETWEEN ? AND ? "
                       "ORDER BY m.date, m.start_time NULLS FIRST, m.id, d.position, d.id"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QList<Decision> DecisionRepository::open() const
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return select(QStringLiteral("WHERE d.status IN ('approved', 'deferred') "
                                 "AND d.follow_up IN ('open', 'in_progress', 'overdue') "
                                 "ORDER BY CASE WHEN d.follow_up = 'overdue' OR d.deadline < ? "
                                 "THEN 0 ELSE 1 END, d.deadline IS NULL, d.deadline, d.id"),
                  {today});
}

QList<Decision> DecisionRepository::due(const FollowUpDue& due, int limit) const
{
    QList<QVariant> values;
    const QString ids = due.firstIds(QStringLiteral("decision"),
                                     QStringLiteral("x.status IN ('approved', 'deferred')"),
                                     QStringLiteral("follow_up"), QStringLiteral("deadline"),
                                     QStringLiteral("responsible_id"), limit, values);
    values.append(limit);
    return select(
        QStringLiteral("WHERE d.id IN (%1) ORDER BY d.deadline IS NULL, d.deadline, d.id LIMIT ?")
            .arg(ids),
        values);
}

int DecisionRepository::countDue(const FollowUpDue& due, int atMost) const
{
    QList<QVariant> values;
    const QString condition =
        due.condition(QStringLiteral("d.follow_up"), QStringLiteral("d.deadline"),
                      QStringLiteral("d.responsible_id"), values);
    Statement query(m_database,
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM decision d "
                                   "WHERE d.status IN ('approved', 'deferred') AND %1 LIMIT ?) c")
                        .arg(condition));
    values.append(atMost);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.exec();
    return query.next() ? int(query.integer(0)) : 0;
}

QList<Decision> DecisionRepository::carriedInto(Id meetingId) const
{
    return select(QStringLiteral("JOIN meeting dm ON dm.id = d.meeting_id "
                                 "JOIN meeting here ON here.id = ? "
                                 "WHERE dm.series_id = here.series_id "
                                 "AND (dm.date < here.date OR (dm.date = here.date "
                                 "AND dm.number < here.number)) "
                                 "AND (d.status = 'deferred' OR d.id IN (SELECT decision_id "
                                 "FROM decision_review WHERE meeting_id = here.id)) "
                                 "ORDER BY dm.date, dm.number, d.position"),
                  {meetingId});
}

std::optional<Decision> DecisionRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE d.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id DecisionRepository::insert(Decision& decision)
{
    Decision stored = decision;
    stored.text = persian::normalizeForStorage(decision.text);
    Transaction transaction(m_database);
    stored.position = RowPositions(m_database, table).makeRoom(stored.meetingId, decision.position);
    Statement statement(m_database, QStringLiteral("INSERT INTO decision (meeting_id, position, "
                                                   "text, status, responsible_id, deadline, "
                                                   "follow_up, proposal_id, search_key) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    statement.bind(stored.meetingId).bind(stored.position).bind(stored.text).bind(stored.status);
    statement.bind(stored.responsibleId).bind(stored.deadline).bind(stored.followUp);
    statement.bind(stored.proposalId).bind(SearchKeys::of(stored.text)).exec(decisionRefusals());
    stored.id = statement.lastInsertId();
    writeReviews(stored.id, stored.reviewedInMeetingIds);
    transaction.commit();
    decision = stored;
    return decision.id;
}

void DecisionRepository::update(const Decision& decision)
{
    const QString text = persian::normalizeForStorage(decision.text);
    Transaction transaction(m_database);
    VersionedWrite write(m_database, table,
                         QStringLiteral("text = ?, status = ?, responsible_id = ?, deadline = ?, "
                                        "follow_up = ?, proposal_id = ?, search_key = ?"),
                         decision.id, decision.version, goneMessage());
    write.statement().bind(text).bind(decision.status).bind(decision.responsibleId);
    write.statement().bind(decision.deadline).bind(decision.followUp).bind(decision.proposalId);
    write.statement().bind(SearchKeys::of(text));
    write.exec(decisionRefusals());
    writeReviews(decision.id, decision.reviewedInMeetingIds);
    transaction.commit();
}

qint64 DecisionRepository::setFollowUp(Id id, FollowUpState followUp, const RowVersion& read)
{
    Transaction transaction(m_database);
    VersionedWrite write(m_database, table, QStringLiteral("follow_up = ?"), id, read,
                         goneMessage());
    write.statement().bind(followUp);
    write.exec(decisionRefusals());
    transaction.commit();
    return write.newVersion();
}

void DecisionRepository::writeReviews(Id decisionId, const QList<Id>& meetingIds)
{
    Statement(m_database, QStringLiteral("DELETE FROM decision_review WHERE decision_id = ?"))
        .bind(decisionId)
        .exec();
    Statement insert(m_database, QStringLiteral("INSERT INTO decision_review "
                                                "(decision_id, meeting_id) VALUES (?, ?) "
                                                "ON CONFLICT DO NOTHING"));
    for (Id meetingId : meetingIds)
        insert.bind(decisionId).bind(meetingId).exec(decisionRefusals());
}

void DecisionRepository::addReview(Id decisionId, Id meetingId)
{
    Transaction transaction(m_database);
    Statement(m_database, QStringLiteral("INSERT INTO decision_review "
                                         "(decision_id, meeting_id) VALUES (?, ?) "
                                         "ON CONFLICT DO NOTHING"))
        .bind(decisionId)
        .bind(meetingId)
        .exec(decisionRefusals());
    transaction.commit();
}

void DecisionRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    if (const auto decision = find(id)) {
        removeVersioned(m_database, table, id, read);
        RowPositions(m_database, table).closeGap(decision->meetingId, decision->position);
    }
    transaction.commit();
}

void DecisionRepository::move(Id id, int newPosition)
{
    Transaction transaction(m_database);
    RowPositions(m_database, table).move(id, newPosition);
    transaction.commit();
}

} // namespace jalaseh::storage
