#include "BookingClash.h"

#include "Attendance.h"

#include <algorithm>
#include <tuple>

namespace jalaseh {
namespace {

constexpr int minutesInDay = 24 * 60;

int minutesOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

DaySpan occupiedSpan(const QTime& start, const QTime& end)
{
    if (!start.isValid())
        return {};
    const int from = minutesOf(start);
    if (end.isValid() && minutesOf(end) > from)
        return {from, minutesOf(end), true};
    return {from, std::min(from + assumedMeetingMinutes, minutesInDay), false};
}

std::optional<ClashCertainty> timesClash(const DaySpan& a, const DaySpan& b)
{
    if (a.from >= b.to || b.from >= a.to)
        return std::nullopt;
    return a.known && b.known ? ClashCertainty::Certain : ClashCertainty::Possible;
}

bool booksAttendee(AttendanceStatus status)
{
    return wasThere(status);
}

bool holdsVenue(MeetingMode mode, const QString& venueKey)
{
    return mode != MeetingMode::Online && !venueKey.isEmpty();
}

std::optional<BookingClash> personClash(const BookedMeeting& meeting, const BookedMeeting& other,
                                        Id personId)
{
    if (meeting.meetingId == other.meetingId || meeting.date != other.date)
        return std::nullopt;
    const auto certainty = timesClash(meeting.span, other.span);
    if (!certainty)
        return std::nullopt;
    BookingClash clash;
    clash.meetingId = meeting.meetingId;
    clash.otherMeetingId = other.meetingId;
    clash.kind = BookingClash::Kind::Person;
    clash.personId = personId;
    clash.certainty = *certainty;
    return clash;
}

std::optional<BookingClash> venueClash(const BookedMeeting& meeting, const BookedMeeting& other)
{
    if (meeting.meetingId == other.meetingId || meeting.date != other.date)
        return std::nullopt;
    if (!holdsVenue(meeting.mode, meeting.venueKey) || !holdsVenue(other.mode, other.venueKey) ||
        meeting.venueKey != other.venueKey)
        return std::nullopt;
    const auto certainty = timesClash(meeting.span, other.span);
    if (!certainty)
        return std::nullopt;
    BookingClash clash;
    clash.meetingId = meeting.meetingId;
    clash.otherMeetingId = other.meetingId;
    clash.kind = BookingClash::Kind::Venue;
    clash.venue = meeting.venue;
    clash.certainty = *certainty;
    return clash;
}

QList<BookingClash> venueClashes(const QList<BookedMeeting>& meetings)
{
    // Only meetings of one day and one room can clash: group by both, then compare within.
    QList<const BookedMeeting*> rooms;
    for (const BookedMeeting& meeting : meetings)
        if (holdsVenue(meeting.mode, meeting.venueKey))
            rooms.append(&meeting);
    std::sort(rooms.begin(), rooms.end(), [](const BookedMeeting* a, const BookedMeeting* b) {
        return std::tie(a->date, a->venueKey) < std::tie(b->date, b->venueKey);
    });
    QList<BookingClash> clashes;
    for (qsizetype first = 0; first < rooms.size();) {
        qsizetype last = first + 1;
        while (last < rooms.size() && rooms[last]->date == rooms[first]->date &&
               rooms[last]->venueKey == rooms[first]->venueKey)
            ++last;
        for (qsizetype i = first; i < last; ++i)
            for (qsizetype j = first; j < last; ++j)
                if (const auto clash = venueClash(*rooms[i], *rooms[j]))
                    clashes.append(*clash);
        first = last;
    }
    return clashes;
}

void sortClashes(QList<BookingClash>& clashes)
{
    std::sort(clashes.begin(), clashes.end(), [](const BookingClash& a, const BookingClash& b) {
        return std::tuple(a.meetingId, a.certainty, a.kind, a.otherMeetingId, a.personId) <
               std::tuple(b.meetingId, b.certainty, b.kind, b.otherMeetingId, b.personId);
    });
}

} // namespace jalaseh
