#include "MeetingRepository.h"

#include "core/Validation.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace jalaseh::storage {
namespace {

const QString columns =
    QStringLiteral(
        "m.id, m.series_id, m.number, m.title, m.mode, m.venue, m.online_link, m.date, m.start_time, "
        "m.end_time, m.chair_id, m.secretary_id, m.status, m.summary, ") +
    RowVersions::columns(QStringLiteral("m"));

Meeting meetingFrom(const Statement& row)
{
    Meeting meeting;
    meeting.id = row.integer(0);
    meeting.seriesId = row.integer(1);
    meeting.number = int(row.integer(2));
    meeting.title = row.text(3);
    meeting.mode = row.enumValue<MeetingMode>(4);
    meeting.venue = row.text(5);
    meeting.onlineLink = row.text(6);
    meeting.date = row.date(7);
    meeting.start = row.time(8);
    meeting.end = row.time(9);
    meeting.chairId = row.optionalId(10);
    meeting.secretaryId = row.optionalId(11);
    meeting.status = row.enumValue<MeetingStatus>(12);
    meeting.summary = row.text(13);
    meeting.version = RowVersions::read(row, 14);
    return meeting;
}

Meeting normalized(Meeting meeting)
{
    meeting.title = persian::normalizeForStorage(meeting.title);
    meeting.venue = persian::normalizeForStorage(meeting.venue);
    meeting.onlineLink = meeting.onlineLink.trimmed();
    meeting.summary = persian::normalizeForStorage(meeting.summary);
    // Minutes are kept to the minute: seconds would not survive the "HH:mm" column.
    if (meeting.start.isValid())
        meeting.start = QTime(meeting.start.hour(), meeting.start.minute());
    if (meeting.end.isValid())
        meeting.end = QTime(meeting.end.hour(), meeting.end.minute());
    return meeting;
}

void requireValid(const Meeting& meeting)
{
    const auto errors = validate(meeting);
    if (!errors.isEmpty())
        throw StorageError(errors.first().message, errors.first().field);
}

Refusals meetingRefusals(const Meeting& meeting)
{
    Refusals refusals;
    refusals.unique =
        QCoreApplication::translate(
            "Storage", "Meeting number %1 already exists in this series. Choose another number.")
            .arg(meeting.number);
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The series, chair or secretary of this meeting does not exist.");
    refusals.invalid = QCoreApplication::translate(
        "Storage", "The meeting's date or times are not valid, or it ends before it "
                   "starts.");
    return refusals;
}

void bindMeeting(Statement& statement, const Meeting& meeting)
{
    statement.bind(meeting.seriesId).bind(meeting.number).bind(meeting.title).bind(meeting.mode);
    statement.bind(meeting.venue).bind(meeting.onlineLink).bind(meeting.date).bind(meeting.start);
    statement.bind(meeting.end).bind(meeting.chairId).bind(meeting.secretaryId);
    statement.bind(meeting.status).bind(meeting.summary).bind(SearchKeys::ofMeeting(meeting));
}

} // namespace

MeetingRepository::MeetingRepository(Database& database)
    : m_database(database)
{
}

QList<Meeting> MeetingRepository::select(const QString& sqlTail,
                                         const QList<QVariant>& values) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM meeting m %2").arg(columns, sqlTail));
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<Meeting> meetings;
    while (query.next())
        meetings.append(meetingFrom(query));
    return meetings;
}

QList<Meeting> MeetingRepository::all() const
{
    return select(QStringLiteral("ORDER BY m.date DESC, m.start_time DESC NULLS LAST, m.id DESC"),
                  {});
}

QList<Meeting> MeetingRepository::ofSeries(Id seriesId) const
{
    return select(QStringLiteral("WHERE m.series_id = ? ORDER BY m.number"), {seriesId});
}

QList<Meeting> MeetingRepository::ofBodyBetween(Id bodyId, const QDate& from, const QDate& to) const
{
    return select(QStringLiteral("JOIN meeting_series s ON s.id = m.series_id "
                                 "WHERE s.body_id = ? AND m.date BETWEEN ? AND ? "
                                 "ORDER BY m.date, m.start_time NULLS FIRST, m.id"),
                  {bodyId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

std::optional<Meeting> MeetingRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE m.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Meeting> MeetingRepository::next(const Meeting& meeting) const
{
    const auto found = select(QStringLiteral("WHERE m.series_id = ? AND m.number = ?"),
                              {meeting.seriesId, meeting.number + 1});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Meeting> MeetingRepository::findAll(const QList<Id>& ids) const
{
    return select(QStringLiteral("WHERE m.id IN %1 ORDER BY m.id")
                      .arg(SqlDialect::idsFromJsonArray(m_database.engine())),
                  {jsonArray(ids)});
}

QList<MeetingHeading> MeetingRepository::headings(const QList<Id>& ids) const
{
    Statement query(m_database, QStringLiteral("SELECT id, series_id, number, date FROM meeting "
                                               "WHERE id IN %1 ORDER BY id")
                                    .arg(SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(jsonArray(ids)).exec();
    QList<MeetingHeading> found;
    found.reserve(ids.size());
    while (query.next())
        found.append({query.integer(0), query.integer(1), int(query.integer(2)), query.date(3)});
    return found;
}

std::pair<QDate, QDate> MeetingRepository::heldPeriod() const
{
    Statement query(m_database, QStringLiteral("SELECT min(date), max(date) FROM meeting"));
    query.exec();
    if (!query.next())
        return {};
    return {query.date(0), query.date(1)};
}

QList<Meeting> MeetingRepository::upcoming(const QDate& day, int limit) const
{
    // A range of meeting_by_date, read in its order and stopped at `limit`.
    return select(QStringLiteral("WHERE m.date >= ? ORDER BY m.date, m.start_time NULLS FIRST, "
                                 "m.id LIMIT ?"),
                  {day.toString(Qt::ISODate), limit});
}

int MeetingRepository::countUpcoming(const QDate& day) const
{
    Statement query(m_database, QStringLiteral("SELECT count(*) FROM meeting WHERE date >= ?"));
    query.bind(day).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

QString MeetingRepository::awaitingApprovalCondition()
{
    return QStringLiteral("m.status = 'held'");
}

QList<Meeting> MeetingRepository::awaitingApproval(int limit) const
{
    // meeting_by_date read backwards, stopped at `limit` rows that match.
    return select(QStringLiteral("WHERE %1 ORDER BY m.date DESC, m.start_time DESC NULLS LAST, "
                                 "m.id DESC LIMIT ?")
                      .arg(awaitingApprovalCondition()),
                  {limit});
}

int MeetingRepository::countAwaitingApproval(int atMost) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM meeting m WHERE %1 "
                                   "ORDER BY m.date DESC LIMIT ?) c")
                        .arg(awaitingApprovalCondition()));
    query.bind(atMost).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

Id MeetingRepository::insert(Meeting& meeting)
{
    Meeting stored = normalized(meeting);
    Transaction transaction(m_database);
    if (stored.number == 0 && stored.seriesId != 0)
        stored.number = MeetingSeriesRepository(m_database).nextNumber(stored.seriesId);
    requireValid(stored);
    Statement statement(m_database,
                        QStringLiteral("INSERT INTO meeting (series_id, number, title, mode, "
                                       "venue, online_link, date, start_time, end_time, chair_id, "
                                       "secretary_id, status, summary, search_key) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindMeeting(statement, stored);
    statement.exec(meetingRefusals(stored));
    stored.id = statement.lastInsertId();
    transaction.commit();
    meeting = stored;
    return meeting.id;
}

void MeetingRepository::update(const Meeting& meeting)
{
    const Meeting stored = normalized(meeting);
    requireValid(stored);
    Transaction transaction(m_database);
    VersionedWrite write(m_database, QStringLiteral("meeting"),
                         QStringLiteral("series_id = ?, number = ?, title = ?, mode = ?, "
                                        "venue = ?, online_link = ?, date = ?, start_time = ?, "
                                        "end_time = ?, chair_id = ?, secretary_id = ?, "
                                        "status = ?, summary = ?, search_key = ?"),
                         stored.id, stored.version,
                         QCoreApplication::translate(
                             "Storage", "This meeting is no longer in the database; someone may "
                                        "have removed it. Reload the list."));
    bindMeeting(write.statement(), stored);
    write.exec(meetingRefusals(stored));
    SearchKeys::refreshMeeting(m_database, stored.id); // with its agenda
    transaction.commit();
}

void MeetingRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    // The meeting's own rows go with it (ON DELETE CASCADE); people and bodies stay.
    removeVersioned(m_database, QStringLiteral("meeting"), id, read);
    transaction.commit();
}

} // namespace jalaseh::storage
