#pragma once

#include "core/BookingClash.h"
#include "core/Meeting.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalaseh::storage {

class Database;

// A meeting as the calendar shows it: the meeting and the name of its series.
struct CalendarEntry
{
    Meeting meeting;
    QString seriesName;
};

// The meetings of a stretch of days and the clashes among them.
struct CalendarPeriod
{
    QDate from;
    QDate to;
    QList<CalendarEntry> meetings; // by date, untimed first, then by start time and series
    QList<BookingClash> clashes;   // each clash from both sides, in sortClashes order
};

// Reads the calendar: meetings by date, and who or what each one books twice. Clashes follow
// core/BookingClash.h: two meetings of one day clash when their spans meet and they share a
// person (an attendee not absent or excused, the chair, the secretary) or a room (in person or
// hybrid, the venue compared by persian::searchKey). A clash is only ever between meetings of one
// day, so any stretch of days is complete in itself.
class CalendarRepository
{
public:
    explicit CalendarRepository(Database& database);

    // The meetings held between two days (both included).
    QList<CalendarEntry> meetingsBetween(const QDate& from, const QDate& to) const;
    // Those meetings and the clashes among them.
    CalendarPeriod load(const QDate& from, const QDate& to) const;
    // The meetings and clashes of the day a meeting is held (empty when it is gone).
    CalendarPeriod dayOf(Id meetingId) const;
    // The clashes of one meeting with the others of its day (empty when it is gone).
    QList<BookingClash> clashesOf(Id meetingId) const;

private:
    struct SharedPerson
    {
        Id meetingId;
        Id otherMeetingId;
        Id personId;
    };
    // Pairs of meetings of one day between the two days that book the same person, both ways.
    QList<SharedPerson> sharedPeople(const QDate& from, const QDate& to) const;

    Database& m_database;
};

} // namespace jalaseh::storage
