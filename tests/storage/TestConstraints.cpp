// Every rule of the schema refuses bad data with a sentence saying what was wrong, and every
// value of every enum can be stored.
#include "StorageFixture.h"
#include "storage/ActionItemRepository.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

// Runs `change` and returns the user message of the StorageError it must throw.
template <typename Change>
QString refusal(Change&& change)
{
    try {
        change();
    } catch (const StorageError& error) {
        CHECK_FALSE(error.userMessage().isEmpty());
        CHECK(error.userMessage().endsWith(QLatin1Char('.')));
        return error.userMessage();
    }
    FAIL("the change was accepted");
    return {};
}

constexpr Id missing = 987654;

} // namespace

TEST_CASE("References to rows that do not exist are refused clearly", "[storage][constraints]")
{
    TemporaryDatabase database;
    Database& db = *database;
    const Id person = addPerson(db, QStringLiteral("طاهری"));
    const Id series =
        addSeries(db, QStringLiteral("نشست راهبران کارگروه‌ها"));
    const Id meeting = addMeeting(db, series, QDate(2023, 4, 10));

    CHECK(refusal([&] {
              Attendance row{.meetingId = meeting, .personId = missing};
              AttendanceRepository(db).insert(row);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Attendance row{.meetingId = meeting, .personId = person, .representsBodyId = missing};
              AttendanceRepository(db).insert(row);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Membership seat{0, person, missing, MembershipRole::Member, QDate(), QDate()};
              MembershipRepository(db).insert(seat);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Meeting orphan;
              orphan.seriesId = missing;
              orphan.number = 1;
              orphan.date = QDate(2023, 1, 1);
              MeetingRepository(db).insert(orphan);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Contribution said{.meetingId = meeting, .speakerId = missing};
              ContributionRepository(db).insert(said);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Proposal proposal{.meetingId = meeting, .supporterIds = {person, missing}};
              ProposalRepository(db).insert(proposal);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              Decision decision{.meetingId = meeting, .reviewedInMeetingIds = {missing}};
              DecisionRepository(db).insert(decision);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              ActionItem item{.meetingId = meeting, .ownerId = missing};
              ActionItemRepository(db).insert(item);
          }).contains(QLatin1String("does not exist")));
    CHECK(refusal([&] {
              MeetingSeries orphan{0, QStringLiteral("بی‌صاحب"), missing};
              MeetingSeriesRepository(db).insert(orphan);
          }).contains(QLatin1String("does not exist")));
    // Nothing half-written is left of the refused proposal and decision.
    CHECK(ProposalRepository(db).ofMeeting(meeting).isEmpty());
    CHECK(DecisionRepository(db).ofMeeting(meeting).isEmpty());
}

TEST_CASE("Rows still in use cannot be removed", "[storage][constraints]")
{
    TemporaryDatabase database;
    Database& db = *database;
    const Id body = addBody(db, QStringLiteral("کارگروه آموزش"));
    const Id series = addSeries(db, QStringLiteral("نشست کارگروه آموزش"), body);
    const Id person = addPerson(db, QStringLiteral("صادقی"));
    addMeeting(db, series, QDate(2023, 4, 10));
    Membership seat{0, person, body, MembershipRole::Member, QDate(), QDate()};
    MembershipRepository(db).insert(seat);

    CHECK(refusal([&] {
              BodyRepository(db).remove(body);
          }).contains(QLatin1String("cannot be removed")));
    CHECK(refusal([&] {
              MeetingSeriesRepository(db).remove(series);
          }).contains(QLatin1String("cannot be removed")));
    CHECK(refusal([&] {
              PersonRepository(db).remove(person);
          }).contains(QLatin1String("cannot be removed")));
}

TEST_CASE("Values the rules forbid are refused clearly", "[storage][constraints]")
{
    TemporaryDatabase database;
    Database& db = *database;
    const Id series = addSeries(db, QStringLiteral("جلسه کمیته راهبری"));
    const Id person = addPerson(db, QStringLiteral("غزنوی"));
    const Id body = addBody(db, QStringLiteral("کمیته راهبری"));

    CHECK(refusal([&] {
              Person nameless;
              nameless.givenName = QStringLiteral("مریم");
              PersonRepository(db).insert(nameless);
          }).contains(QLatin1String("family name")));
    CHECK(refusal([&] {
              Body nameless;
              BodyRepository(db).insert(nameless);
          }).contains(QLatin1String("needs a name")));
    CHECK(refusal([&] {
              Body self = *BodyRepository(db).find(body);
              self.mergedIntoId = body;
              BodyRepository(db).update(self);
          }).contains(QLatin1String("itself")));
    CHECK(refusal([&] {
              MeetingSeries nameless;
              nameless.name = QStringLiteral("   ");
              MeetingSeriesRepository(db).insert(nameless);
          }).contains(QLatin1String("needs a name")));
    CHECK(refusal([&] {
              Meeting backwards;
              backwards.seriesId = series;
              backwards.date = QDate(2023, 4, 10);
              backwards.start = QTime(13, 0);
              backwards.end = QTime(12, 0);
              MeetingRepository(db).insert(backwards);
          }).contains(QLatin1String("end after it starts")));
    CHECK(refusal([&] {
              Meeting undated;
              undated.seriesId = series;
              MeetingRepository(db).insert(undated);
          }).contains(QLatin1String("date")));
    CHECK(refusal([&] {
              Membership seat{
                  0, person, body, MembershipRole::Member, QDate(2023, 1, 1), QDate(2022, 1, 1)};
              MembershipRepository(db).insert(seat);
          }).contains(QLatin1String("end before it starts")));
    CHECK(refusal([&] {
              Attendance row{.meetingId = addMeeting(db, series, QDate(2023, 4, 10)),
                             .personId = person,
                             .minutesLate = -5};
              AttendanceRepository(db).insert(row);
          }).contains(QLatin1String("negative")));
}

TEST_CASE("Changing rows that are gone is an error, not silence", "[storage][constraints]")
{
    TemporaryDatabase database;
    Database& db = *database;
    const Id meeting = addMeeting(db, addSeries(db, QStringLiteral("جلسه")), QDate(2023, 4, 10));
    const QString gone = QStringLiteral("no longer in the database");
    CHECK(refusal([&] {
              Body body;
              body.id = missing;
              body.name = QStringLiteral("x");
              BodyRepository(db).update(body);
          }).contains(gone));
    CHECK(refusal([&] {
              Meeting ghost = *MeetingRepository(db).find(meeting);
              ghost.id = missing;
              ghost.number = 7;
              MeetingRepository(db).update(ghost);
          }).contains(gone));
    CHECK(refusal([&] {
              Attendance row{.id = missing, .meetingId = meeting, .personId = 1};
              AttendanceRepository(db).update(row);
          }).contains(gone));
    CHECK(refusal([&] { DecisionRepository(db).update(Decision{.id = missing}); }).contains(gone));
    CHECK(refusal([&] {
              ContributionRepository(db).update(Contribution{.id = missing});
          }).contains(gone));
    CHECK(refusal([&] { ProposalRepository(db).update(Proposal{.id = missing}); }).contains(gone));
    CHECK(refusal([&] {
              AgendaItemRepository(db).update(AgendaItem{.id = missing});
          }).contains(gone));
    CHECK(refusal([&] {
              ActionItemRepository(db).update(ActionItem{.id = missing, .meetingId = meeting});
          }).contains(gone));
}

TEST_CASE("Every value of every enum can be stored and read back", "[storage][constraints]")
{
    TemporaryDatabase database;
    Database& db = *database;
    const Id series = addSeries(db, QStringLiteral("جلسه"));
    const Id body = addBody(db, QStringLiteral("کارگروه"));
    int number = 1;
    for (Gender gender : allValues<Gender>()) {
        for (AcademicTitle title : allValues<AcademicTitle>()) {
            Person person;
            person.familyName = QStringLiteral("نام");
            person.gender = gender;
            person.title = title;
            PersonRepository(db).insert(person);
            CHECK(*PersonRepository(db).find(person.id) == person);
        }
    }
    const Id person = addPerson(db, QStringLiteral("حاضر"));
    for (BodyKind kind : allValues<BodyKind>())
        CHECK(BodyRepository(db).find(addBody(db, storageKey(kind), kind))->kind == kind);
    for (MembershipRole role : allValues<MembershipRole>()) {
        Membership seat{0, person, body, role, QDate(), QDate()};
        MembershipRepository(db).insert(seat);
        CHECK(MembershipRepository(db).find(seat.id)->role == role);
    }
    for (MeetingMode mode : allValues<MeetingMode>()) {
        for (MeetingStatus status : allValues<MeetingStatus>()) {
            Meeting meeting;
            meeting.seriesId = series;
            meeting.number = number++;
            meeting.date = QDate(2023, 1, 1);
            meeting.mode = mode;
            meeting.status = status;
            MeetingRepository(db).insert(meeting);
            CHECK(*MeetingRepository(db).find(meeting.id) == meeting);
        }
    }
    const Id meeting = addMeeting(db, series, QDate(2023, 2, 1));
    for (AttendanceRole role : allValues<AttendanceRole>()) {
        for (AttendanceStatus status : allValues<AttendanceStatus>()) {
            Attendance row{.meetingId = meeting,
                           .personId = addPerson(db, QStringLiteral("ح")),
                           .role = role,
                           .status = status};
            AttendanceRepository(db).insert(row);
            CHECK(*AttendanceRepository(db).find(row.id) == row);
        }
    }
    for (ProposalStatus status : allValues<ProposalStatus>()) {
        Proposal proposal{.meetingId = meeting, .status = status};
        ProposalRepository(db).insert(proposal);
        CHECK(ProposalRepository(db).find(proposal.id)->status == status);
    }
    for (DecisionStatus status : allValues<DecisionStatus>()) {
        for (FollowUpState state : allValues<FollowUpState>()) {
            Decision decision{.meetingId = meeting, .status = status, .followUp = state};
            DecisionRepository(db).insert(decision);
            CHECK(*DecisionRepository(db).find(decision.id) == decision);
            ActionItem item{.meetingId = meeting, .state = state};
            ActionItemRepository(db).insert(item);
            CHECK(ActionItemRepository(db).find(item.id)->state == state);
        }
    }
}
