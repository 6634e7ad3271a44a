#include "AttendanceReviewRepository.h"

#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/PersonRepository.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QSet>
#include <algorithm>

namespace jalaseh::storage {
namespace {

// "?, ?, ?" for an IN list of `count` bound values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

void bindAll(Statement& statement, const QList<Id>& ids)
{
    for (const Id id : ids)
        statement.bind(id);
}

} // namespace

AttendanceReviewRepository::AttendanceReviewRepository(Database& database)
    : m_database(database)
{
}

AttendanceReviewRepository::Scope AttendanceReviewRepository::bodiesScope(const QList<Id>& bodyIds)
{
    return {QStringLiteral("s.body_id IN (%1)").arg(placeholders(bodyIds.size())), bodyIds};
}

AttendanceReview AttendanceReviewRepository::load(Id bodyId, const QDate& from, const QDate& to,
                                                  bool withMergedBodies) const
{
    AttendanceReview review;
    review.bodyIds = withMergedBodies
                         ? AttendanceMatrix::lineage(bodyId, BodyRepository(m_database).all())
                         : QList<Id>{bodyId};
    loadRest(review, bodiesScope(review.bodyIds), from, to);
    return review;
}

AttendanceReview AttendanceReviewRepository::loadForAbsences(const QList<Id>& bodyIds,
                                                             const QDate& from,
                                                             const QDate& to) const
{
    AttendanceReview review;
    review.bodyIds = bodyIds;
    if (bodyIds.isEmpty())
        return review;
    const Scope scope = bodiesScope(bodyIds);
    review.meetings = meetingsOf(scope, from, to);
    review.attendance = attendanceOf(scope, from, to, /*meetingsByDateFirst=*/true);
    // An absence alert is made of absences only: whoever was never recorded absent in the period
    // gets none, so only the seats of those who were are needed.
    QSet<Id> absent;
    for (const Attendance& row : std::as_const(review.attendance))
        if (row.status == AttendanceStatus::Absent)
            absent.insert(row.personId);
    if (absent.isEmpty())
        return review;
    QList<Id> people(absent.begin(), absent.end());
    std::sort(people.begin(), people.end());
    review.memberships = membershipsOf(bodyIds, from, to, people);
    return review;
}

AttendanceReview AttendanceReviewRepository::loadSeries(Id seriesId, const QDate& from,
                                                        const QDate& to) const
{
    AttendanceReview review;
    review.seriesId = seriesId;
    Statement body(m_database, QStringLiteral("SELECT body_id FROM meeting_series WHERE id = ? AND "
                                              "body_id IS NOT NULL"));
    body.bind(seriesId).exec();
    if (body.next())
        review.bodyIds.append(body.integer(0));
    loadRest(review, {QStringLiteral("m.series_id = ?"), {seriesId}}, from, to);
    return review;
}

void AttendanceReviewRepository::loadRest(AttendanceReview& review, const Scope& scope,
                                          const QDate& from, const QDate& to) const
{
    review.meetings = meetingsOf(scope, from, to);
    review.attendance = attendanceOf(scope, from, to);
    if (!review.bodyIds.isEmpty())
        review.memberships = membershipsOf(review.bodyIds);

    QSet<Id> named;
    for (const Membership& seat : std::as_const(review.memberships))
        named.insert(seat.personId);
    for (const Attendance& row : std::as_const(review.attendance))
        named.insert(row.personId);
    QList<Id> ids(named.begin(), named.end());
    std::sort(ids.begin(), ids.end());
    review.people = PersonRepository(m_database).findAll(ids);
}

QList<MatrixMeeting> AttendanceReviewRepository::meetingsOf(const Scope& scope, const QDate& from,
                                                            const QDate& to) const
{
    // A series of no body gives body 0: its invited are its expected (see MatrixMeeting).
    Statement query(m_database,
                    QStringLiteral("SELECT m.id, coalesce(s.body_id, 0), m.date, m.number "
                                   "FROM meeting m JOIN meeting_series s ON s.id = m.series_id "
                                   "WHERE %1 AND m.date BETWEEN ? AND ? "
                                   "ORDER BY m.date, m.start_time NULLS FIRST, m.id")
                        .arg(scope.condition));
    bindAll(query, scope.ids);
    query.bind(from).bind(to).exec();
    QList<MatrixMeeting> meetings;
    while (query.next()) {
        MatrixMeeting meeting{.id = query.integer(0),
                              .bodyId = query.integer(1),
                              .date = query.date(2),
                              .number = int(query.integer(3))};
        meeting.jalaliYear = persian::JalaliDate::fromGregorian(meeting.date).year();
        meetings.append(meeting);
    }
    return meetings;
}

QList<Attendance> AttendanceReviewRepository::attendanceOf(const Scope& scope, const QDate& from,
                                                           const QDate& to,
                                                           bool meetingsByDateFirst) const
{
    // Over many bodies SQLite would start from their series and read every meeting they ever
    // held (200 ms at 100 years for the desk); CROSS JOIN keeps meeting, read by date, outside
    // (8 ms). PostgreSQL plans either the same.
    const QString from_ = meetingsByDateFirst
                              ? QStringLiteral("meeting m CROSS JOIN meeting_series s CROSS JOIN "
                                               "attendance a WHERE m.id = a.meeting_id AND "
                                               "s.id = m.series_id AND")
                              : QStringLiteral("attendance a JOIN meeting m ON m.id = a.meeting_id "
                                               "JOIN meeting_series s ON s.id = m.series_id WHERE");
    Statement query(m_database,
                    QStringLiteral("SELECT a.id, a.meeting_id, a.person_id, a.role, a.status, "
                                   "a.reason, a.minutes_late, a.represents_body_id "
                                   "FROM %1 %2 AND m.date BETWEEN ? AND ?")
                        .arg(from_, scope.condition));
    bindAll(query, scope.ids);
    query.bind(from).bind(to).exec();
    QList<Attendance> rows;
    while (query.next()) {
        Attendance row;
        row.id = query.integer(0);
        row.meetingId = query.integer(1);
        row.personId = query.integer(2);
        row.role = query.enumValue<AttendanceRole>(3);
        row.status = query.enumValue<AttendanceStatus>(4);
        row.reason = query.text(5);
        row.minutesLate = int(query.integer(6));
        row.representsBodyId = query.optionalId(7);
        rows.append(row);
    }
    return rows;
}

QList<Membership> AttendanceReviewRepository::membershipsOf(const QList<Id>& bodyIds,
                                                            const QDate& from, const QDate& to,
                                                            const QList<Id>& personIds) const
{
    // With a period, only the seats held on some day of it: a seat outside it is current at
    // none of its meetings (Membership::isCurrentOn), so it makes no row of a matrix.
    const bool period = from.isValid() && to.isValid();
    QString condition;
    if (period)
        condition += QStringLiteral(" AND (from_date IS NULL OR from_date <= ?) "
                                    "AND (until_date IS NULL OR until_date >= ?)");
    if (!personIds.isEmpty())
        condition += QStringLiteral(" AND person_id IN %1")
                         .arg(SqlDialect::idsFromJsonArray(m_database.engine()));
    Statement query(m_database,
                    QStringLiteral("SELECT id, person_id, body_id, role, from_date, until_date "
                                   "FROM membership WHERE body_id IN (%1)%2 "
                                   "ORDER BY from_date NULLS FIRST, id")
                        .arg(placeholders(bodyIds.size()), condition));
    bindAll(query, bodyIds);
    if (period)
        query.bind(to).bind(from);
    if (!personIds.isEmpty())
        query.bind(jsonArray(personIds));
    query.exec();
    QList<Membership> seats;
    while (query.next()) {
        seats.append({.id = query.integer(0),
                      .personId = query.integer(1),
                      .bodyId = query.integer(2),
                      .role = query.enumValue<MembershipRole>(3),
                      .from = query.date(4),
                      .until = query.date(5)});
    }
    return seats;
}

QList<BodyLastMeeting> AttendanceReviewRepository::lastMeetings(const QDate& until) const
{
    Statement query(
        m_database,
        QStringLiteral("SELECT b.id, (SELECT max(m.date) FROM meeting m "
                       "JOIN meeting_series s ON s.id = m.series_id "
                       "WHERE s.body_id = b.id AND (CAST(? AS TEXT) IS NULL OR m.date <= ?)) "
                       "FROM body b ORDER BY b.id"));
    query.bind(until).bind(until).exec();
    QList<BodyLastMeeting> bodies;
    while (query.next())
        bodies.append({query.integer(0), query.date(1)});
    return bodies;
}

QList<BodyLastMeeting> AttendanceReviewRepository::lastMeetingsOf(const QList<Id>& bodyIds,
                                                                  const QDate& until) const
{
    QList<BodyLastMeeting> bodies;
    if (bodyIds.isEmpty())
        return bodies;
    Statement query(m_database, QStringLiteral("SELECT b.id, (SELECT max(m.date) FROM meeting m "
                                               "JOIN meeting_series s ON s.id = m.series_id "
                                               "WHERE s.body_id = b.id AND m.date <= ?) "
                                               "FROM body b WHERE b.id IN %1 ORDER BY b.id")
                                    .arg(SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(until).bind(jsonArray(bodyIds)).exec();
    while (query.next())
        bodies.append({query.integer(0), query.date(1)});
    return bodies;
}

QList<BodyLastMeeting> AttendanceReviewRepository::lastMeetingsBetween(const QDate& from,
                                                                       const QDate& until) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT s.body_id, max(m.date) FROM meeting m "
                                   "JOIN meeting_series s ON s.id = m.series_id "
                                   "WHERE m.date BETWEEN ? AND ? AND s.body_id IS NOT NULL "
                                   "GROUP BY s.body_id ORDER BY s.body_id"));
    query.bind(from).bind(until).exec();
    QList<BodyLastMeeting> bodies;
    while (query.next())
        bodies.append({query.integer(0), query.date(1)});
    return bodies;
}

} // namespace jalaseh::storage
