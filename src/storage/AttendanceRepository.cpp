#include "AttendanceRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/RowVersions.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

Attendance attendanceFrom(const Statement& row)
{
    Attendance attendance;
    attendance.id = row.integer(0);
    attendance.meetingId = row.integer(1);
    attendance.personId = row.integer(2);
    attendance.role = row.enumValue<AttendanceRole>(3);
    attendance.status = row.enumValue<AttendanceStatus>(4);
    attendance.reason = row.text(5);
    attendance.minutesLate = int(row.integer(6));
    attendance.representsBodyId = row.optionalId(7);
    attendance.version = RowVersions::read(row, 8);
    return attendance;
}

Refusals attendanceRefusals()
{
    Refusals refusals;
    refusals.unique = QCoreApplication::translate(
        "Storage", "This person is already on the attendance list of this meeting.");
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting, the person or the body of this attendance does not "
                   "exist.");
    refusals.invalid = QCoreApplication::translate("Storage", "Minutes late cannot be negative.");
    return refusals;
}

void bindAttendance(Statement& statement, const Attendance& attendance)
{
    statement.bind(attendance.meetingId).bind(attendance.personId).bind(attendance.role);
    statement.bind(attendance.status).bind(attendance.reason).bind(attendance.minutesLate);
    statement.bind(attendance.representsBodyId);
}

} // namespace

AttendanceRepository::AttendanceRepository(Database& database)
    : m_database(database)
{
}

QList<Attendance> AttendanceRepository::select(const QString& sqlTail,
                                               const QList<QVariant>& values) const
{
    Statement query(m_database, QStringLiteral("SELECT a.id, a.meeting_id, a.person_id, a.role, "
                                               "a.status, a.reason, a.minutes_late, "
                                               "a.represents_body_id, %1 FROM attendance a %2")
                                    .arg(RowVersions::columns(QStringLiteral("a")), sqlTail));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<Attendance> rows;
    while (query.next())
        rows.append(attendanceFrom(query));
    return rows;
}

QList<Attendance> AttendanceRepository::ofMeeting(Id meetingId) const
{
    return select(QStringLiteral("WHERE a.meeting_id = ? ORDER BY a.id"), {meetingId});
}

QList<Attendance> AttendanceRepository::ofPerson(Id personId) const
{
    return select(QStringLiteral("JOIN meeting m ON m.id = a.meeting_id WHERE a.person_id = ? "
                                 "ORDER BY m.date, m.id"),
                  {personId});
}

QList<Attendance> AttendanceRepository::ofBodyBetween(Id bodyId, const QDate& from,
                                                      const QDate& to) const
{
    return select(QStringLiteral("JOIN meeting m ON m.id = a.meeting_id "
                                 "JOIN meeting_series s ON s.id = m.series_id "
                                 "WHERE s.body_id = ? AND m.date BETWEEN ? AND ? "
                                 "ORDER BY m.date, m.id, a.id"),
                  {bodyId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QHash<Id, int> AttendanceRepository::countsOf(const QList<Id>& meetingIds) const
{
    QHash<Id, int> counts;
    if (meetingIds.isEmpty())
        return counts;
    Statement query(m_database, QStringLiteral("SELECT meeting_id, count(*) FROM attendance "
                                               "WHERE meeting_id IN %1 GROUP BY meeting_id")
                                    .arg(SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(jsonArray(meetingIds)).exec();
    while (query.next())
        counts.insert(query.integer(0), int(query.integer(1)));
    return counts;
}

std::optional<Attendance> AttendanceRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Id AttendanceRepository::insert(Attendance& attendance)
{
    Attendance stored = attendance;
    stored.reason = persian::normalizeForStorage(attendance.reason);
    Transaction transaction(m_database);
    Statement statement(m_database,
                        QStringLiteral("INSERT INTO attendance (meeting_id, person_id, role, "
                                       "status, reason, minutes_late, represents_body_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindAttendance(statement, stored);
    statement.exec(attendanceRefusals());
    stored.id = statement.lastInsertId();
    transaction.commit();
    attendance = stored;
    return attendance.id;
}

void AttendanceRepository::update(const Attendance& attendance)
{
    Attendance stored = attendance;
    stored.reason = persian::normalizeForStorage(attendance.reason);
    Transaction transaction(m_database);
    VersionedWrite write(
        m_database, QStringLiteral("attendance"),
        QStringLiteral("meeting_id = ?, person_id = ?, role = ?, status = ?, "
                       "reason = ?, minutes_late = ?, represents_body_id = ?"),
        stored.id, stored.version,
        QCoreApplication::translate("Storage", "This attendance row is no longer in the database; "
                                               "someone may have removed it. Reload the meeting."));
    bindAttendance(write.statement(), stored);
    write.exec(attendanceRefusals());
    transaction.commit();
}

void AttendanceRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    removeVersioned(m_database, QStringLiteral("attendance"), id, read);
    transaction.commit();
}

QString AttendanceRepository::meetingDay(Id meetingId) const
{
    Statement meeting(m_database, QStringLiteral("SELECT date FROM meeting WHERE id = ?"));
    meeting.bind(meetingId).exec();
    if (!meeting.next())
        throw StorageError(QCoreApplication::translate(
                               "Storage",
                               "This meeting is no longer in the database; someone may have "
                               "removed it. Reload the list."),
                           QStringLiteral("meeting %1").arg(meetingId));
    return meeting.text(0);
}

void AttendanceRepository::addBodyMembers(Id meetingId, Id bodyId, AttendanceRole role)
{
    Transaction transaction(m_database);
    const QString day = meetingDay(meetingId);
    // One row per person even with two seats in the body; leads first, then by seat.
    Statement statement(
        m_database,
        QStringLiteral(
            "INSERT INTO attendance (meeting_id, person_id, role, status, represents_body_id) "
            "SELECT CAST(? AS BIGINT), ms.person_id, CAST(? AS TEXT), CAST(? AS TEXT), "
            "min(ms.body_id) FROM membership ms "
            "JOIN person p ON p.id = ms.person_id AND p.active = 1 "
            "WHERE ms.body_id = ? AND (ms.from_date IS NULL OR ms.from_date <= ?) "
            "AND (ms.until_date IS NULL OR ms.until_date >= ?) "
            "AND ms.person_id NOT IN (SELECT person_id FROM attendance WHERE meeting_id = ?) "
            "GROUP BY ms.person_id "
            "ORDER BY min(CASE ms.role WHEN 'lead' THEN 0 WHEN 'deputy' THEN 1 "
            "WHEN 'secretary' THEN 2 ELSE 3 END), min(ms.id)"));
    statement.bind(meetingId).bind(role).bind(AttendanceStatus::Present).bind(bodyId);
    statement.bind(day).bind(day).bind(meetingId).exec(attendanceRefusals());
    transaction.commit();
}

void AttendanceRepository::addWorkingGroupLeads(Id meetingId, AttendanceRole role)
{
    Transaction transaction(m_database);
    const QString day = meetingDay(meetingId);
    // A group merged later was still a group on the day; one merged on an unknown day was not.
    Statement statement(
        m_database,
        QStringLiteral(
            "INSERT INTO attendance (meeting_id, person_id, role, status, represents_body_id) "
            "SELECT CAST(? AS BIGINT), ms.person_id, CAST(? AS TEXT), CAST(? AS TEXT), "
            "min(ms.body_id) FROM membership ms "
            "JOIN body b ON b.id = ms.body_id "
            "JOIN person p ON p.id = ms.person_id AND p.active = 1 "
            "WHERE b.kind = ? AND b.active = 1 AND (b.merged_into IS NULL OR b.merged_on > ?) "
            "AND ms.role = ? AND (ms.from_date IS NULL OR ms.from_date <= ?) "
            "AND (ms.until_date IS NULL OR ms.until_date >= ?) "
            "AND ms.person_id NOT IN (SELECT person_id FROM attendance WHERE meeting_id = ?) "
            "GROUP BY ms.person_id "
            "ORDER BY min(ms.body_id), min(ms.id)"));
    statement.bind(meetingId).bind(role).bind(AttendanceStatus::Present);
    statement.bind(BodyKind::WorkingGroup).bind(day).bind(MembershipRole::Lead);
    statement.bind(day).bind(day).bind(meetingId).exec(attendanceRefusals());
    transaction.commit();
}

} // namespace jalaseh::storage
