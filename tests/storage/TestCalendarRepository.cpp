// The calendar's reads: meetings between two days, and the clashes among them (a person or a room
// booked twice at the same time), on real files.
#include "StorageFixture.h"
#include "storage/AttendanceRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

const QDate day(2023, 4, 10); // ۱۴۰۲/۰۱/۲۱

struct Cast
{
    Id series = 0;
    Id otherSeries = 0;
    Id reghabi = 0;
    Id taheri = 0;
    Id kazemi = 0;
};

Cast castIn(Database& database)
{
    Cast cast;
    cast.series =
        addSeries(database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    cast.otherSeries = addSeries(database, QStringLiteral("جلسه کمیته راهبری"));
    cast.reghabi =
        addPerson(database, QStringLiteral("رقابی"), QStringLiteral("فاطمه"), Gender::Female);
    cast.taheri =
        addPerson(database, QStringLiteral("طاهری"), QStringLiteral("محمد"), Gender::Male);
    cast.kazemi =
        addPerson(database, QStringLiteral("کاظمی"), QStringLiteral("زهرا"), Gender::Female);
    return cast;
}

Id meetingAt(Database& database, Id series, QDate date, QTime start, QTime end,
             const QString& venue = {}, MeetingMode mode = MeetingMode::InPerson,
             std::optional<Id> chair = {}, std::optional<Id> secretary = {})
{
    Meeting meeting;
    meeting.seriesId = series;
    meeting.date = date;
    meeting.start = start;
    meeting.end = end;
    meeting.venue = venue;
    meeting.mode = mode;
    meeting.chairId = chair;
    meeting.secretaryId = secretary;
    return MeetingRepository(database).insert(meeting);
}

void attend(Database& database, Id meeting, Id person,
            AttendanceStatus status = AttendanceStatus::Present)
{
    Attendance attendance;
    attendance.meetingId = meeting;
    attendance.personId = person;
    attendance.status = status;
    AttendanceRepository(database).insert(attendance);
}

// "meeting>other:person" or "meeting>other:venue", with "?" for a possible clash.
QStringList described(const QList<BookingClash>& clashes)
{
    QStringList lines;
    for (const BookingClash& clash : clashes)
        lines.append(QStringLiteral("%1>%2:%3%4")
                         .arg(clash.meetingId)
                         .arg(clash.otherMeetingId)
                         .arg(clash.kind == BookingClash::Kind::Person
                                  ? QString::number(clash.personId)
                                  : QStringLiteral("venue"))
                         .arg(clash.certainty == ClashCertainty::Possible ? QStringLiteral("?")
                                                                          : QString()));
    return lines;
}

QString pair(Id meeting, Id other, const QString& what, bool possible = false)
{
    return QStringLiteral("%1>%2:%3%4")
        .arg(meeting)
        .arg(other)
        .arg(what, possible ? QStringLiteral("?") : QString());
}

QString pair(Id meeting, Id other, Id person, bool possible = false)
{
    return pair(meeting, other, QString::number(person), possible);
}

} // namespace

TEST_CASE("The calendar lists the meetings between two days with their series",
          "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id before = meetingAt(*database, cast.series, day.addDays(-1), QTime(9, 0), QTime(10, 0));
    const Id late = meetingAt(*database, cast.series, day, QTime(14, 0), QTime(15, 0));
    const Id untimed = meetingAt(*database, cast.otherSeries, day, QTime(), QTime());
    const Id early = meetingAt(*database, cast.otherSeries, day, QTime(9, 30), QTime(11, 0),
                               QStringLiteral("کتابخانه مرکزی"), MeetingMode::Hybrid);
    const Id lastDay = meetingAt(*database, cast.series, day.addDays(6), QTime(8, 0), QTime(9, 0));
    meetingAt(*database, cast.series, day.addDays(7), QTime(8, 0), QTime(9, 0));

    const QList<CalendarEntry> week =
        CalendarRepository(*database).meetingsBetween(day, day.addDays(6));
    QList<Id> ids;
    for (const CalendarEntry& entry : week)
        ids.append(entry.meeting.id);
    // By day; a meeting without times first, as a whole-day entry; then by start.
    CHECK(ids == QList<Id>{untimed, early, late, lastDay});
    CHECK_FALSE(ids.contains(before));
    const CalendarEntry& hybrid = week[1];
    CHECK(hybrid.seriesName == QStringLiteral("جلسه کمیته راهبری"));
    CHECK(hybrid.meeting == *MeetingRepository(*database).find(early));
    CHECK(hybrid.meeting.venue == QStringLiteral("کتابخانه مرکزی"));
    CHECK(hybrid.meeting.mode == MeetingMode::Hybrid);
    CHECK(hybrid.meeting.start == QTime(9, 30));
    CHECK(week[0].seriesName == QStringLiteral("جلسه کمیته راهبری"));
    CHECK(week[2].seriesName == QStringLiteral("نشست راهبران کارگروه‌ها"));
    CHECK(
        CalendarRepository(*database).meetingsBetween(day.addDays(20), day.addDays(30)).isEmpty());
}

TEST_CASE("An attendee in two meetings at overlapping times is a clash, seen from both",
          "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id first = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 30));
    const Id overlapping = meetingAt(*database, cast.otherSeries, day, QTime(11, 0), QTime(12, 0));
    const Id afterwards = meetingAt(*database, cast.otherSeries, day, QTime(12, 0), QTime(13, 0));
    const Id nextDay =
        meetingAt(*database, cast.otherSeries, day.addDays(1), QTime(10, 0), QTime(11, 30));
    for (const Id meeting : {first, overlapping, afterwards, nextDay})
        attend(*database, meeting, cast.reghabi);
    attend(*database, first, cast.kazemi);

    CalendarRepository calendar(*database);
    const CalendarPeriod period = calendar.load(day, day.addDays(1));
    CHECK(period.meetings.size() == 4);
    // 11:00-12:00 meets 10:00-11:30; 12:00-13:00 follows 11:00-12:00 without overlap; the next
    // day is another day.
    CHECK(described(period.clashes) == QStringList{pair(first, overlapping, cast.reghabi),
                                                   pair(overlapping, first, cast.reghabi)});
    CHECK(described(calendar.clashesOf(overlapping)) ==
          QStringList{pair(overlapping, first, cast.reghabi)});
    CHECK(calendar.clashesOf(afterwards).isEmpty());
    CHECK(calendar.clashesOf(nextDay).isEmpty());

    SECTION("moving a meeting onto the same hour of the next day makes a clash there")
    {
        Meeting moved = *MeetingRepository(*database).find(afterwards);
        moved.date = day.addDays(1);
        moved.start = QTime(11, 0);
        moved.end = QTime(12, 0);
        MeetingRepository(*database).update(moved);
        CHECK(described(calendar.clashesOf(afterwards)) ==
              QStringList{pair(afterwards, nextDay, cast.reghabi)});
    }
}

TEST_CASE("The chair and the secretary are booked as attendees are", "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id chaired = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0), {},
                                 MeetingMode::InPerson, cast.taheri, cast.kazemi);
    const Id attended = meetingAt(*database, cast.otherSeries, day, QTime(10, 30), QTime(11, 30));
    attend(*database, attended, cast.taheri);
    const Id recorded = meetingAt(*database, cast.otherSeries, day, QTime(10, 45), QTime(12, 0), {},
                                  MeetingMode::Online, std::nullopt, cast.kazemi);

    CalendarRepository calendar(*database);
    CHECK(described(calendar.clashesOf(chaired)) ==
          QStringList{pair(chaired, attended, cast.taheri), pair(chaired, recorded, cast.kazemi)});
    CHECK(described(calendar.clashesOf(attended)) ==
          QStringList{pair(attended, chaired, cast.taheri)});

    SECTION("a chair who is also listed as attending counts once")
    {
        attend(*database, chaired, cast.taheri);
        CHECK(calendar.clashesOf(attended).size() == 1);
    }
    SECTION("a chair recorded as absent from the meeting is free")
    {
        attend(*database, chaired, cast.taheri, AttendanceStatus::Absent);
        CHECK(described(calendar.clashesOf(chaired)) ==
              QStringList{pair(chaired, recorded, cast.kazemi)});
        CHECK(calendar.clashesOf(attended).isEmpty());
    }
}

TEST_CASE("Absent and excused attendees are free, late ones and early leavers are not",
          "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id first = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0));
    const Id second = meetingAt(*database, cast.otherSeries, day, QTime(10, 0), QTime(11, 0));
    attend(*database, first, cast.reghabi);
    attend(*database, first, cast.taheri);
    attend(*database, first, cast.kazemi);
    attend(*database, second, cast.reghabi, AttendanceStatus::Absent);
    attend(*database, second, cast.taheri, AttendanceStatus::Excused);
    attend(*database, second, cast.kazemi, AttendanceStatus::Late);

    CHECK(described(CalendarRepository(*database).clashesOf(first)) ==
          QStringList{pair(first, second, cast.kazemi)});

    Attendance leftEarly = AttendanceRepository(*database).ofMeeting(second).last();
    leftEarly.status = AttendanceStatus::LeftEarly;
    AttendanceRepository(*database).update(leftEarly);
    CHECK(CalendarRepository(*database).clashesOf(first).size() == 1);
}

TEST_CASE("A room is the same however its name is typed, online platforms never clash",
          "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    // Arabic kaf and yeh, and a space where the other has a ZWNJ.
    const Id arabic =
        meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0),
                  QStringLiteral("كتابخانه مركزي، اتاق جلسات"), MeetingMode::InPerson);
    const Id persian =
        meetingAt(*database, cast.otherSeries, day, QTime(10, 30), QTime(11, 30),
                  QStringLiteral("کتابخانه\u200cمرکزی، اتاق جلسات"), MeetingMode::Hybrid);
    const Id otherRoom = meetingAt(*database, cast.otherSeries, day, QTime(10, 0), QTime(11, 0),
                                   QStringLiteral("اتاق ۲۰۴"));
    const Id online1 = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0),
                                 QStringLiteral("اسکای‌روم"), MeetingMode::Online);
    const Id online2 = meetingAt(*database, cast.otherSeries, day, QTime(10, 0), QTime(11, 0),
                                 QStringLiteral("اسکای‌روم"), MeetingMode::Online);
    const Id noVenue1 = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0));
    const Id noVenue2 = meetingAt(*database, cast.otherSeries, day, QTime(10, 0), QTime(11, 0));
    // Text that reached the file without the storage layer's normalisation (an older import).
    Statement(*database, QStringLiteral("UPDATE meeting SET venue = ? WHERE id = ?"))
        .bind(QStringLiteral("كتابخانه مركزي، اتاق جلسات"))
        .bind(arabic)
        .exec();

    CalendarRepository calendar(*database);
    const QList<BookingClash> clashes = calendar.clashesOf(arabic);
    CHECK(described(clashes) == QStringList{pair(arabic, persian, QStringLiteral("venue"))});
    REQUIRE(clashes.size() == 1);
    CHECK(clashes.first().venue == QStringLiteral("كتابخانه مركزي، اتاق جلسات"));
    CHECK(described(calendar.clashesOf(persian)) ==
          QStringList{pair(persian, arabic, QStringLiteral("venue"))});
    for (const Id free : {otherRoom, online1, online2, noVenue1, noVenue2})
        CHECK(calendar.clashesOf(free).isEmpty());
}

TEST_CASE("A meeting without times may clash with anything that day", "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id timed = meetingAt(*database, cast.series, day, QTime(16, 0), QTime(17, 0),
                               QStringLiteral("اتاق ۲۰۴"));
    const Id untimed =
        meetingAt(*database, cast.otherSeries, day, QTime(), QTime(), QStringLiteral("اتاق ۲۰۴"));
    const Id startOnly = meetingAt(*database, cast.otherSeries, day, QTime(8, 0), QTime());
    attend(*database, timed, cast.reghabi);
    attend(*database, untimed, cast.reghabi);
    attend(*database, startOnly, cast.reghabi);

    CHECK(described(CalendarRepository(*database).clashesOf(untimed)) ==
          QStringList{pair(untimed, timed, cast.reghabi, true),
                      pair(untimed, startOnly, cast.reghabi, true),
                      pair(untimed, timed, QStringLiteral("venue"), true)});
    // 08:00 and an assumed hour is over long before 16:00.
    CHECK(described(CalendarRepository(*database).clashesOf(startOnly)) ==
          QStringList{pair(startOnly, untimed, cast.reghabi, true)});
}

TEST_CASE("A removed meeting has no clashes", "[storage][calendar]")
{
    TemporaryDatabase database;
    const Cast cast = castIn(*database);
    const Id first = meetingAt(*database, cast.series, day, QTime(10, 0), QTime(11, 0));
    const Id second = meetingAt(*database, cast.otherSeries, day, QTime(10, 0), QTime(11, 0));
    attend(*database, first, cast.reghabi);
    attend(*database, second, cast.reghabi);
    CHECK(CalendarRepository(*database).clashesOf(first).size() == 1);
    MeetingRepository(*database).remove(second);
    CHECK(CalendarRepository(*database).clashesOf(first).isEmpty());
    MeetingRepository(*database).remove(first);
    CHECK(CalendarRepository(*database).clashesOf(first).isEmpty());
}
