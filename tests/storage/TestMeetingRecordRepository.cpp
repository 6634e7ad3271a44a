// A whole meeting, like the seed's, stored in one go and loaded back.
#include "StorageFixture.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

struct Network
{
    Id leadsSeries = 0;
    Id experienceGroup = 0;
    Id resourcesGroup = 0;
    Id taheri = 0, darkhosh = 0, atefi = 0, fazel = 0, reghabi = 0, guest = 0;
};

Network makeNetwork(Database& database)
{
    Network network;
    network.resourcesGroup = addBody(database, QStringLiteral("کارگروه منابع"));
    network.experienceGroup = addBody(database, QStringLiteral("کارگروه تبادل تجربه"));
    Body merged = *BodyRepository(database).find(network.experienceGroup);
    merged.mergedIntoId = network.resourcesGroup;
    merged.mergedOn = QDate(2023, 9, 1);
    BodyRepository(database).update(merged);
    network.leadsSeries =
        addSeries(database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    network.taheri = addPerson(database, QStringLiteral("طاهری"), {}, Gender::Male);
    network.darkhosh = addPerson(database, QStringLiteral("درخوش"), {}, Gender::Female);
    network.atefi = addPerson(database, QStringLiteral("عاطفی ملکی"), {}, Gender::Male);
    network.fazel = addPerson(database, QStringLiteral("فاضل"), {}, Gender::Female);
    network.reghabi = addPerson(database, QStringLiteral("رقابی"), {}, Gender::Female);
    network.guest = addPerson(database, QStringLiteral("حاجی زین‌العابدینی"), {},
                              Gender::Male);
    return network;
}

// The seed meeting in small: rows refer to each other by provisional (negative) ids.
MeetingRecord seedRecord(const Network& network)
{
    MeetingRecord record;
    record.series.id = network.leadsSeries;
    record.meeting.title =
        QStringLiteral("گزارش جلسه راهبران کارگروه‌ها");
    record.meeting.mode = MeetingMode::Online;
    record.meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شريف"); // Arabic yeh
    record.meeting.date = QDate(2023, 4, 10);
    record.meeting.start = QTime(12, 0);
    record.meeting.end = QTime(13, 20);
    record.meeting.chairId = network.reghabi;
    record.meeting.status = MeetingStatus::Held;
    record.meeting.summary = QStringLiteral("در پایان، جمع‌بندی شد.");

    record.attendance = {
        Attendance{.personId = network.taheri,
                   .role = AttendanceRole::Lead,
                   .representsBodyId = network.resourcesGroup},
        Attendance{.personId = network.darkhosh, .role = AttendanceRole::Lead},
        Attendance{.personId = network.atefi, .role = AttendanceRole::Lead},
        Attendance{.personId = network.guest, .role = AttendanceRole::Guest},
        Attendance{.personId = network.reghabi, .role = AttendanceRole::SteeringCommittee},
        Attendance{.personId = network.fazel,
                   .role = AttendanceRole::Lead,
                   .status = AttendanceStatus::Absent,
                   .representsBodyId = network.experienceGroup},
    };
    record.agenda = {
        AgendaItem{
            .id = -1, .title = QStringLiteral("نحوه ادامه کار با وزارت"), .isQuestion = true},
        AgendaItem{.id = -2,
                   .title = QStringLiteral("ادغام کارگروه‌ها"),
                   .isQuestion = true},
    };
    record.contributions = {
        Contribution{.speakerId = network.reghabi, .text = QStringLiteral("گزارش کمیته راهبری")},
        Contribution{.speakerId = network.guest, .text = QStringLiteral("اهمیت ارتباطات")},
        Contribution{.speakerId = network.atefi,
                     .agendaItemId = -2,
                     .text = QStringLiteral("پیشنهاد ادغام کارگروه‌ها")},
    };
    record.proposals = {
        Proposal{.id = -10,
                 .text = QStringLiteral("ادغام کارگروه‌ها"),
                 .proposerId = network.atefi,
                 .supporterIds = {network.darkhosh, network.fazel},
                 .agendaItemId = -2},
    };
    record.decisions = {
        Decision{
            .id = -20,
            .text = QStringLiteral(
                "تصمیم‌گیری درباره فعالیت‌ها به جلسات بعد موکول شد"),
            .status = DecisionStatus::Deferred,
            .responsibleId = network.reghabi,
            .proposalId = -10},
    };
    record.actionItems = {
        ActionItem{.decisionId = -20,
                   .task = QStringLiteral("جمع‌بندی پیشنهادها"),
                   .ownerId = network.taheri,
                   .deadline = QDate(2023, 5, 1)},
    };
    return record;
}

} // namespace

TEST_CASE("A meeting record is stored in one go and loads back whole", "[storage][record]")
{
    TemporaryDatabase database;
    const Network network = makeNetwork(*database);
    MeetingRecord record = seedRecord(network);
    MeetingRecordRepository records(*database);
    const Id meetingId = records.insert(record);

    // Ids, meeting ids and positions were filled in, references follow the new ids.
    CHECK(record.meeting.id == meetingId);
    CHECK(record.meeting.number == 1);
    CHECK(record.meeting.seriesId == network.leadsSeries);
    CHECK(record.meeting.venue == QStringLiteral("سامانه دانشگاه صنعتی شریف"));
    CHECK(record.agenda[1].id > 0);
    CHECK(record.agenda[1].position == 2);
    CHECK(record.contributions[2].agendaItemId == record.agenda[1].id);
    CHECK(record.contributions[2].position == 3);
    CHECK(record.proposals[0].agendaItemId == record.agenda[1].id);
    CHECK(record.decisions[0].proposalId == record.proposals[0].id);
    CHECK(record.actionItems[0].decisionId == record.decisions[0].id);
    for (const Attendance& row : record.attendance)
        CHECK(row.meetingId == meetingId);

    const auto loaded = records.load(meetingId);
    REQUIRE(loaded);
    CHECK(loaded->meeting == record.meeting);
    CHECK(loaded->series.name == QStringLiteral("نشست راهبران کارگروه‌ها"));
    CHECK(loaded->attendance == record.attendance);
    CHECK(loaded->agenda == record.agenda);
    CHECK(loaded->contributions == record.contributions);
    CHECK(loaded->proposals == record.proposals);
    CHECK(loaded->decisions == record.decisions);
    CHECK(loaded->actionItems == record.actionItems);
    CHECK(loaded->carriedOver.isEmpty());
    // Every person and body referred to, and the body a merged group went into.
    CHECK(loaded->people.size() == 6);
    REQUIRE(loaded->person(network.guest));
    CHECK(loaded->person(network.guest)->familyName ==
          QStringLiteral("حاجی زین‌العابدینی"));
    CHECK(loaded->bodies.size() == 2);
    REQUIRE(loaded->body(network.experienceGroup));
    CHECK(loaded->body(network.experienceGroup)->mergedIntoId == network.resourcesGroup);
    CHECK_FALSE(records.load(meetingId + 100));
}

TEST_CASE("The next meeting carries the deferred decision and records the review",
          "[storage][record]")
{
    TemporaryDatabase database;
    const Network network = makeNetwork(*database);
    MeetingRecord first = seedRecord(network);
    MeetingRecordRepository records(*database);
    records.insert(first);

    MeetingRecord second;
    second.meeting.seriesId = network.leadsSeries;
    second.meeting.date = QDate(2023, 5, 8);
    const Id secondId = records.insert(second);
    CHECK(second.meeting.number == 2);
    const auto loaded = records.load(secondId);
    REQUIRE(loaded);
    REQUIRE(loaded->carriedOver.size() == 1);
    CHECK(loaded->carriedOver[0].id == first.decisions[0].id);
    CHECK(loaded->person(network.reghabi)); // the carried decision's responsible

    // Recording the third meeting with the carried decision marks it reviewed there.
    MeetingRecord third;
    third.meeting.seriesId = network.leadsSeries;
    third.meeting.date = QDate(2023, 6, 5);
    third.carriedOver = loaded->carriedOver;
    const Id thirdId = records.insert(third);
    CHECK(DecisionRepository(*database).find(first.decisions[0].id)->reviewedInMeetingIds ==
          QList<Id>{thirdId});
}

TEST_CASE("A record that fails half-way leaves nothing behind", "[storage][record]")
{
    TemporaryDatabase database;
    const Network network = makeNetwork(*database);
    MeetingRecord record = seedRecord(network);
    record.attendance.append(Attendance{.personId = 987654}); // nobody
    const MeetingRecord before = record;
    CHECK_THROWS_AS(MeetingRecordRepository(*database).insert(record), StorageError);
    CHECK(MeetingRepository(*database).all().isEmpty());
    CHECK(DecisionRepository(*database).all().isEmpty());
    // The caller's record keeps its provisional ids for another try.
    CHECK(record.meeting.id == 0);
    CHECK(record.agenda[0].id == -1);
    CHECK(record.decisions[0].proposalId == before.decisions[0].proposalId);
}
