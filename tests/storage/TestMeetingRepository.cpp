#include "StorageFixture.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

QList<int> numbersOf(const QList<Meeting>& meetings)
{
    QList<int> numbers;
    for (const Meeting& meeting : meetings)
        numbers.append(meeting.number);
    return numbers;
}

} // namespace

TEST_CASE("Meeting series are stored, listed in Persian order and numbered", "[storage][series]")
{
    TemporaryDatabase database;
    MeetingSeriesRepository series(*database);
    const Id body = addBody(*database, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    MeetingSeries committee{0, QStringLiteral("جلسه کمیته راهبری"), body};
    series.insert(committee);
    const Id leads =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    CHECK(*series.find(committee.id) == committee);
    CHECK(series.all().size() == 2);
    CHECK(series.all().first().name == QStringLiteral("جلسه کمیته راهبری"));
    REQUIRE(series.findByName(QStringLiteral("نشست راهبران کارگروهها")));
    CHECK(series.findByName(QStringLiteral("نشست راهبران کارگروهها"))->id == leads);

    CHECK(series.nextNumber(leads) == 1);
    addMeeting(*database, leads, QDate(2023, 4, 10));
    addMeeting(*database, leads, QDate(2023, 5, 8), 5);
    CHECK(series.nextNumber(leads) == 6);

    committee.name = QStringLiteral("جلسات کمیته راهبری");
    series.update(committee);
    CHECK(series.find(committee.id)->name == QStringLiteral("جلسات کمیته راهبری"));
    CHECK_THROWS_AS(series.remove(leads), StorageError); // it has meetings
    series.remove(committee.id);
    CHECK_FALSE(series.find(committee.id));
}

TEST_CASE("Meetings are stored with every field", "[storage][meeting]")
{
    TemporaryDatabase database;
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id chair = addPerson(*database, QStringLiteral("رقابی"));
    const Id secretary = addPerson(*database, QStringLiteral("فرجامی"));
    MeetingRepository meetings(*database);
    Meeting meeting;
    meeting.seriesId = series;
    meeting.title = QStringLiteral("گزارش جلسه راهبران کارگروه‌ها");
    meeting.mode = MeetingMode::Online;
    meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شریف");
    meeting.onlineLink = QStringLiteral("https://vc.sharif.edu/ch/network");
    meeting.date = QDate(2023, 4, 10);
    meeting.start = QTime(12, 0);
    meeting.end = QTime(13, 20);
    meeting.chairId = chair;
    meeting.secretaryId = secretary;
    meeting.status = MeetingStatus::MinutesApproved;
    meeting.summary = QStringLiteral("در پایان، جمع‌بندی شد.");
    meetings.insert(meeting);
    CHECK(meeting.number == 1); // 0 took the series' next number
    REQUIRE(meetings.find(meeting.id));
    CHECK(*meetings.find(meeting.id) == meeting);

    meeting.mode = MeetingMode::Hybrid;
    meeting.chairId.reset();
    meeting.end = QTime(14, 0);
    meetings.update(meeting);
    CHECK(*meetings.find(meeting.id) == meeting);
}

TEST_CASE("Meetings are listed newest first, by series and by body and period",
          "[storage][meeting]")
{
    TemporaryDatabase database;
    const Id group = addBody(*database, QStringLiteral("کارگروه آموزش"));
    const Id groupSeries = addSeries(*database, QStringLiteral("نشست کارگروه آموزش"), group);
    const Id leads =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    addMeeting(*database, groupSeries, QDate(2023, 1, 10));
    addMeeting(*database, leads, QDate(2023, 4, 10));
    addMeeting(*database, groupSeries, QDate(2023, 6, 1));
    addMeeting(*database, groupSeries, QDate(2024, 2, 1));
    MeetingRepository meetings(*database);

    const auto all = meetings.all();
    REQUIRE(all.size() == 4);
    CHECK(all.first().date == QDate(2024, 2, 1));
    CHECK(all.last().date == QDate(2023, 1, 10));
    CHECK(numbersOf(meetings.ofSeries(groupSeries)) == QList<int>{1, 2, 3});
    const auto year = meetings.ofBodyBetween(group, QDate(2023, 1, 1), QDate(2023, 12, 31));
    REQUIRE(year.size() == 2);
    CHECK(year[0].date == QDate(2023, 1, 10));
    CHECK(year[1].date == QDate(2023, 6, 1));
}

TEST_CASE("A meeting number is unique in its series", "[storage][meeting]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    const Id other =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    addMeeting(*database, series, QDate(2023, 4, 10), 3);
    addMeeting(*database, other, QDate(2023, 4, 10), 3); // another series: fine
    try {
        addMeeting(*database, series, QDate(2023, 5, 10), 3);
        FAIL("two meetings numbered 3 in one series");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QLatin1String("Meeting number 3 already exists")));
    }
}

TEST_CASE("Removing a meeting removes its rows and nothing else", "[storage][meeting]")
{
    TemporaryDatabase database;
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id person = addPerson(*database, QStringLiteral("طاهری"));
    const Id first = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id second = addMeeting(*database, series, QDate(2023, 5, 10));

    Attendance attendance{.meetingId = first, .personId = person};
    AttendanceRepository(*database).insert(attendance);
    AgendaItem item{.meetingId = first,
                    .title = QStringLiteral("ادغام کارگروه‌ها")};
    AgendaItemRepository(*database).insert(item);
    Contribution contribution{0, first, 0, person, item.id, QStringLiteral("پیشنهاد ادغام")};
    ContributionRepository(*database).insert(contribution);
    Decision decision;
    decision.meetingId = first;
    decision.text = QStringLiteral("به جلسه بعد موکول شد");
    decision.status = DecisionStatus::Deferred;
    decision.reviewedInMeetingIds = {second};
    DecisionRepository(*database).insert(decision);

    MeetingRepository(*database).remove(first);
    CHECK_FALSE(MeetingRepository(*database).find(first));
    CHECK(AttendanceRepository(*database).ofMeeting(first).isEmpty());
    CHECK(AgendaItemRepository(*database).ofMeeting(first).isEmpty());
    CHECK(ContributionRepository(*database).ofMeeting(first).isEmpty());
    CHECK_FALSE(DecisionRepository(*database).find(decision.id));
    CHECK(MeetingRepository(*database).find(second));
    CHECK(PersonRepository(*database).find(person));
}

TEST_CASE("The next meeting of a series, and the headings of meetings by id", "[storage]")
{
    TemporaryDatabase database;
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id other = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    const Id first = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id elsewhere = addMeeting(*database, other, QDate(2023, 4, 24));
    const Id second = addMeeting(*database, series, QDate(2023, 5, 15));

    MeetingRepository meetings(*database);
    const auto next = meetings.next(*meetings.find(first));
    REQUIRE(next);
    CHECK(next->id == second);
    CHECK_FALSE(meetings.next(*meetings.find(second)));
    CHECK_FALSE(meetings.next(*meetings.find(elsewhere)));

    const QList<MeetingHeading> headings = meetings.headings({second, 9999, first});
    REQUIRE(headings.size() == 2);
    CHECK(headings[0].id == first);
    CHECK(headings[0].seriesId == series);
    CHECK(headings[0].number == 1);
    CHECK(headings[0].date == QDate(2023, 4, 10));
    CHECK(headings[1].id == second);
    CHECK(headings[1].number == 2);
    CHECK(meetings.headings({}).isEmpty());
}
