// The rules for two meetings taking the same person or room at once.
#include "core/BookingClash.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

BookedMeeting booked(Id id, QTime start, QTime end, const QString& venueKey = {},
                     MeetingMode mode = MeetingMode::InPerson, QDate date = QDate(2023, 4, 10))
{
    BookedMeeting meeting;
    meeting.meetingId = id;
    meeting.date = date;
    meeting.span = occupiedSpan(start, end);
    meeting.mode = mode;
    meeting.venue = venueKey;
    meeting.venueKey = venueKey;
    return meeting;
}

QTime at(int hour, int minute = 0)
{
    return QTime(hour, minute);
}

} // namespace

TEST_CASE("a meeting occupies its recorded times, an assumed hour, or the whole day", "[core]")
{
    CHECK(occupiedSpan(at(12), at(13, 20)) == DaySpan{720, 800, true});
    CHECK(occupiedSpan(at(12), QTime()) == DaySpan{720, 780, false});
    // An hour from 23:30 would run past midnight; the day ends first.
    CHECK(occupiedSpan(at(23, 30), QTime()) == DaySpan{1410, 1440, false});
    CHECK(occupiedSpan(QTime(), QTime()) == DaySpan{0, 1440, false});
    CHECK(occupiedSpan(QTime(), at(10)) == DaySpan{0, 1440, false});
}

TEST_CASE("times clash when they overlap, back to back is no clash", "[core]")
{
    const DaySpan tenToEleven = occupiedSpan(at(10), at(11));
    CHECK(timesClash(tenToEleven, occupiedSpan(at(10, 30), at(12))) == ClashCertainty::Certain);
    CHECK(timesClash(tenToEleven, occupiedSpan(at(9), at(12))) == ClashCertainty::Certain);
    CHECK(timesClash(tenToEleven, occupiedSpan(at(10), at(11))) == ClashCertainty::Certain);
    CHECK_FALSE(timesClash(tenToEleven, occupiedSpan(at(11), at(12))));
    CHECK_FALSE(timesClash(tenToEleven, occupiedSpan(at(8), at(10))));
    CHECK_FALSE(timesClash(occupiedSpan(at(14), at(15)), tenToEleven));
}

TEST_CASE("a missing time makes a clash possible, never certain", "[core]")
{
    const DaySpan tenToEleven = occupiedSpan(at(10), at(11));
    CHECK(timesClash(tenToEleven, occupiedSpan(QTime(), QTime())) == ClashCertainty::Possible);
    CHECK(timesClash(occupiedSpan(QTime(), QTime()), occupiedSpan(QTime(), QTime())) ==
          ClashCertainty::Possible);
    // Only a start: the assumed hour decides whether they may meet.
    CHECK(timesClash(tenToEleven, occupiedSpan(at(10, 30), QTime())) == ClashCertainty::Possible);
    CHECK_FALSE(timesClash(tenToEleven, occupiedSpan(at(11), QTime())));
    CHECK_FALSE(timesClash(tenToEleven, occupiedSpan(at(9), QTime())));
}

TEST_CASE("absent and excused attendees are not booked, everyone else is", "[core]")
{
    CHECK(booksAttendee(AttendanceStatus::Present));
    CHECK(booksAttendee(AttendanceStatus::Late));
    CHECK(booksAttendee(AttendanceStatus::LeftEarly));
    CHECK_FALSE(booksAttendee(AttendanceStatus::Absent));
    CHECK_FALSE(booksAttendee(AttendanceStatus::Excused));
}

TEST_CASE("a person clashes only with another meeting of the same day and time", "[core]")
{
    const BookedMeeting first = booked(1, at(10), at(11));
    const auto clash = personClash(first, booked(2, at(10, 30), at(11, 30)), 7);
    REQUIRE(clash);
    CHECK(clash->meetingId == 1);
    CHECK(clash->otherMeetingId == 2);
    CHECK(clash->kind == BookingClash::Kind::Person);
    CHECK(clash->personId == 7);
    CHECK(clash->certainty == ClashCertainty::Certain);

    CHECK_FALSE(personClash(first, first, 7));
    CHECK_FALSE(personClash(first, booked(2, at(11), at(12)), 7));
    CHECK_FALSE(personClash(
        first, booked(2, at(10), at(11), {}, MeetingMode::InPerson, QDate(2023, 4, 11)), 7));
}

TEST_CASE("rooms clash in person and hybrid, not on an online platform", "[core]")
{
    const QString room = QStringLiteral("اتاقجلسات");
    CHECK(holdsVenue(MeetingMode::InPerson, room));
    CHECK(holdsVenue(MeetingMode::Hybrid, room));
    CHECK_FALSE(holdsVenue(MeetingMode::Online, room));
    CHECK_FALSE(holdsVenue(MeetingMode::InPerson, QString()));

    const BookedMeeting first = booked(1, at(10), at(11), room);
    CHECK(venueClash(first, booked(2, at(10), at(11), room, MeetingMode::Hybrid)));
    CHECK_FALSE(venueClash(first, booked(2, at(10), at(11), room, MeetingMode::Online)));
    CHECK_FALSE(venueClash(first, booked(2, at(10), at(11), QStringLiteral("کتابخانه"))));
    CHECK_FALSE(venueClash(first, booked(2, at(11), at(12), room)));
    CHECK_FALSE(venueClash(booked(1, at(10), at(11)), booked(2, at(10), at(11))));
}

TEST_CASE("room clashes among a day's meetings are found from both sides", "[core]")
{
    const QString room = QStringLiteral("اتاقجلسات");
    const QList<BookedMeeting> meetings{
        booked(1, at(10), at(11), room),
        booked(2, at(9), at(10), room),                        // before, no clash
        booked(3, at(10, 30), at(12), room),                   // clashes with 1
        booked(4, at(10), at(11), QStringLiteral("کتابخانه")), // other room
        booked(5, at(10), at(11), room, MeetingMode::Online),  // a platform
        booked(6, QTime(), QTime(), room),                     // any hour: possible with all
        booked(7, at(10), at(11), room, MeetingMode::InPerson, QDate(2023, 4, 11)), // next day
    };
    QList<BookingClash> clashes = venueClashes(meetings);
    sortClashes(clashes);
    QList<std::tuple<Id, Id, ClashCertainty>> found;
    for (const BookingClash& clash : clashes) {
        CHECK(clash.kind == BookingClash::Kind::Venue);
        CHECK(clash.venue == room);
        found.append({clash.meetingId, clash.otherMeetingId, clash.certainty});
    }
    using C = ClashCertainty;
    const QList<std::tuple<Id, Id, ClashCertainty>> expected{
        {1, 3, C::Certain},  {1, 6, C::Possible}, {2, 6, C::Possible}, {3, 1, C::Certain},
        {3, 6, C::Possible}, {6, 1, C::Possible}, {6, 2, C::Possible}, {6, 3, C::Possible}};
    CHECK(found == expected);
}
