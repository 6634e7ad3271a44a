#include "CalendarRepository.h"

#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QStringList>

namespace jalaseh::storage {
namespace {

BookedMeeting bookedMeeting(const Meeting& meeting)
{
    BookedMeeting booked;
    booked.meetingId = meeting.id;
    booked.date = meeting.date;
    booked.span = occupiedSpan(meeting.start, meeting.end);
    booked.mode = meeting.mode;
    booked.venue = meeting.venue;
    booked.venueKey = persian::searchKey(meeting.venue);
    return booked;
}

// The attendance statuses that free a person's time, from core's rule, so that the SQL and
// booksAttendee() cannot disagree.
QStringList freeingStatuses()
{
    QStringList keys;
    for (const AttendanceStatus status : allValues<AttendanceStatus>())
        if (!booksAttendee(status))
            keys.append(storageKey(status));
    return keys;
}

} // namespace

CalendarRepository::CalendarRepository(Database& database)
    : m_database(database)
{
}

QList<CalendarEntry> CalendarRepository::meetingsBetween(const QDate& from, const QDate& to) const
{
    // meeting_by_date (date, start_time) serves both the range and the order.
    Statement query(
        m_database,
        QStringLiteral(
            "SELECT m.id, m.series_id, m.number, m.title, m.mode, m.venue, "
            "m.online_link, m.date, m.start_time, m.end_time, m.chair_id, "
            "m.secretary_id, m.status, s.name "
            "FROM meeting m JOIN meeting_series s ON s.id = m.series_id "
            "WHERE m.date BETWEEN ? AND ? "
            "ORDER BY m.date, m.start_time NULLS FIRST, m.end_time NULLS FIRST, s.name, m.number, m.id"));
    query.bind(from).bind(to).exec();
    QList<CalendarEntry> entries;
    while (query.next()) {
        CalendarEntry entry;
        Meeting& meeting = entry.meeting;
        meeting.id = query.integer(0);
        meeting.seriesId = query.integer(1);
        meeting.number = int(query.integer(2));
        meeting.title = query.text(3);
        meeting.mode = query.enumValue<MeetingMode>(4);
        meeting.venue = query.text(5);
        meeting.onlineLink = query.text(6);
        meeting.date = query.date(7);
        meeting.start = query.time(8);
        meeting.end = query.time(9);
        meeting.chairId = query.optionalId(10);
        meeting.secretaryId = query.optionalId(11);
        meeting.status = query.enumValue<MeetingStatus>(12);
        entry.seriesName = query.text(13);
        entries.append(entry);
    }
    return entries;
}

QList<CalendarRepository::SharedPerson> CalendarRepository::sharedPeople(const QDate& from,
                                                                         const QDate& to) const
{
    // Who each meeting of the days books: attendees not freed by their status, and the chair and
    // the secretary unless their own attendance row frees them. Then every pair of meetings of
    // one day booking the same person. The days come from meeting_by_date, each meeting's people
    // from attendance's (meeting_id, person_id) key; the self-join is over a few rows per day.
    const QStringList freeing = freeingStatuses();
    QStringList placeholders;
    for (qsizetype i = 0; i < freeing.size(); ++i)
        placeholders.append(QStringLiteral("(?)"));
    Statement query(
        m_database,
        QStringLiteral(
            "WITH day_meeting AS ("
            "  SELECT id, date, chair_id, secretary_id FROM meeting WHERE date BETWEEN ? AND ?), "
            "freeing(status) AS (VALUES %1), "
            "booked(meeting_id, date, person_id) AS ("
            "  SELECT d.id, d.date, a.person_id FROM day_meeting d "
            "    JOIN attendance a ON a.meeting_id = d.id "
            "    WHERE a.status NOT IN (SELECT status FROM freeing) "
            "  UNION "
            "  SELECT d.id, d.date, d.chair_id FROM day_meeting d "
            "    WHERE d.chair_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attendance x "
            "      WHERE x.meeting_id = d.id AND x.person_id = d.chair_id "
            "        AND x.status IN (SELECT status FROM freeing)) "
            "  UNION "
            "  SELECT d.id, d.date, d.secretary_id FROM day_meeting d "
            "    WHERE d.secretary_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attendance x "
            "      WHERE x.meeting_id = d.id AND x.person_id = d.secretary_id "
            "        AND x.status IN (SELECT status FROM freeing))) "
            "SELECT b.meeting_id, o.meeting_id, b.person_id FROM booked b "
            "  JOIN booked o ON o.date = b.date AND o.person_id = b.person_id "
            "    AND o.meeting_id <> b.meeting_id "
            "ORDER BY b.meeting_id, o.meeting_id, b.person_id")
            .arg(placeholders.join(QStringLiteral(", "))));
    query.bind(from).bind(to);
    for (const QString& status : freeing)
        query.bind(status);
    query.exec();
    QList<SharedPerson> shared;
    while (query.next())
        shared.append({query.integer(0), query.integer(1), query.integer(2)});
    return shared;
}

CalendarPeriod CalendarRepository::load(const QDate& from, const QDate& to) const
{
    CalendarPeriod period;
    period.from = from;
    period.to = to;
    period.meetings = meetingsBetween(from, to);

    QList<BookedMeeting> booked;
    QHash<Id, qsizetype> indexOf;
    booked.reserve(period.meetings.size());
    for (const CalendarEntry& entry : period.meetings) {
        indexOf.insert(entry.meeting.id, booked.size());
        booked.append(bookedMeeting(entry.meeting));
    }
    period.clashes = venueClashes(booked);
    for (const SharedPerson& pair : sharedPeople(from, to)) {
        const auto one = indexOf.constFind(pair.meetingId);
        const auto other = indexOf.constFind(pair.otherMeetingId);
        if (one == indexOf.constEnd() || other == indexOf.constEnd())
            continue;
        if (const auto clash = personClash(booked[*one], booked[*other], pair.personId))
            period.clashes.append(*clash);
    }
    sortClashes(period.clashes);
    return period;
}

CalendarPeriod CalendarRepository::dayOf(Id meetingId) const
{
    Statement query(m_database, QStringLiteral("SELECT date FROM meeting WHERE id = ?"));
    query.bind(meetingId).exec();
    if (!query.next())
        return {};
    const QDate day = query.date(0);
    return load(day, day);
}

QList<BookingClash> CalendarRepository::clashesOf(Id meetingId) const
{
    QList<BookingClash> clashes;
    for (const BookingClash& clash : dayOf(meetingId).clashes)
        if (clash.meetingId == meetingId)
            clashes.append(clash);
    return clashes;
}

} // namespace jalaseh::storage
