#pragma once

#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

// When two meetings of the same day take the same person or the same room. These are the rules;
// storage finds the candidates (CalendarRepository) and the interface words the warnings.
namespace jalaseh {

// The part of its day a meeting is taken to occupy, in minutes from midnight, as [from, to).
// Meetings end where the next may begin: 10:00-11:00 and 11:00-12:00 do not clash.
struct DaySpan
{
    int from = 0;
    int to = 24 * 60;
    bool known = false; // both times recorded; otherwise the span is a guess

    bool operator==(const DaySpan&) const = default;
};

// A meeting recorded with only a start time is taken to last this long.
inline constexpr int assumedMeetingMinutes = 60;

// Start and end recorded: exactly that. Only a start: an hour from it (to midnight at most).
// No start: the whole day, since the meeting could be at any hour of it.
DaySpan occupiedSpan(const QTime& start, const QTime& end);

// A clash between two meetings of one day is certain when both times are known and overlap, and
// possible when they overlap only because a time is missing (a guess that the secretary should
// check, not a fact).
enum class ClashCertainty
{
    Certain,
    Possible
};
std::optional<ClashCertainty> timesClash(const DaySpan& a, const DaySpan& b);

// An attendee is expected unless recorded as absent or excused: present, late and leaving early
// all take the person's time. The chair and the secretary are booked too, unless their own
// attendance row says absent or excused.
bool booksAttendee(AttendanceStatus status);

// A meeting holds its room when it meets in person or hybrid at a named venue. Online meetings
// name a platform, which any number of meetings can share.
bool holdsVenue(MeetingMode mode, const QString& venueKey);

// What a meeting on a day takes: its time, and its room compared by a key that ignores how the
// name was typed (persian::searchKey: ك/ک, ي/ی, ZWNJ, spaces).
struct BookedMeeting
{
    Id meetingId = 0;
    QDate date;
    DaySpan span;
    MeetingMode mode = MeetingMode::InPerson;
    QString venue;    // as recorded, for the warning
    QString venueKey; // searchKey of the venue
};

struct BookingClash
{
    enum class Kind
    {
        Person,
        Venue
    };

    Id meetingId = 0;
    Id otherMeetingId = 0;
    Kind kind = Kind::Person;
    Id personId = 0; // for Kind::Person
    QString venue;   // for Kind::Venue, as this meeting records it
    ClashCertainty certainty = ClashCertainty::Certain;

    bool operator==(const BookingClash&) const = default;
};

// The clash of two meetings both booking `personId`, if their days and times meet.
std::optional<BookingClash> personClash(const BookedMeeting& meeting, const BookedMeeting& other,
                                        Id personId);
// The clash of two meetings over their room, if they hold the same one at the same time.
std::optional<BookingClash> venueClash(const BookedMeeting& meeting, const BookedMeeting& other);
// Every room clash among `meetings`, each pair reported from both sides.
QList<BookingClash> venueClashes(const QList<BookedMeeting>& meetings);

// Clashes in a stable order: by meeting, certain before possible, people before rooms, then by
// the other meeting and person.
void sortClashes(QList<BookingClash>& clashes);

} // namespace jalaseh
