#include "exchange/DemoData.h"
#include "exchange/MeetingExport.h"
#include "exchange/MeetingImport.h"
#include "exchange/MeetingJson.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <QTemporaryDir>

using namespace jalaseh;

namespace {

struct NewDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;

    NewDatabase()
    {
        storage::OpenOptions options;
        options.create = true;
        auto opened = storage::Database::open(jalaseh::test::freshDatabaseAddress(dir), options);
        INFO(opened.message.toStdString());
        REQUIRE(opened.database);
        database = std::move(opened.database);
    }
};

} // namespace

TEST_CASE("the demo data holds the organisation, its bodies with members, and its meetings",
          "[exchange]")
{
    NewDatabase demo;
    storage::Database& database = *demo.database;
    exchange::createDemoData(database);

    const Organisation organisation = storage::SettingsRepository(database).organisation();
    CHECK(organisation.name ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    CHECK(organisation.letterheadLines.size() >= 2);

    storage::BodyRepository bodies(database);
    storage::MembershipRepository memberships(database);
    const auto committee = bodies.findByName(QStringLiteral("کمیته راهبری"));
    REQUIRE(committee);
    CHECK(committee->kind == BodyKind::SteeringCommittee);
    // The five members of the steering committee named in the seed, on the seed meeting's day.
    CHECK(memberships.currentOn(committee->id, QDate(2023, 4, 10)).size() == 5);

    const auto sharing = bodies.findByName(QStringLiteral("كارگروه اشتراك تجربيات"));
    REQUIRE(sharing);
    int leads = 0;
    for (const Membership& membership : memberships.currentOn(sharing->id, QDate(2023, 4, 10)))
        leads += membership.role == MembershipRole::Lead;
    CHECK(leads == 2);

    // A working group merged into another keeps its members' history.
    int merged = 0;
    for (const Body& body : bodies.all()) {
        if (!body.isMerged())
            continue;
        ++merged;
        const QList<Membership> past = memberships.ofBody(body.id);
        REQUIRE_FALSE(past.isEmpty());
        for (const Membership& membership : past)
            CHECK(membership.until.isValid());
    }
    CHECK(merged == 1);

    const QList<Meeting> meetings = storage::MeetingRepository(database).all();
    REQUIRE(meetings.size() == 3);
    int held = 0;
    for (const Meeting& meeting : meetings)
        held += meeting.status != MeetingStatus::Planned;
    CHECK(held == 3);

    // The second meeting of the seed's series sees the seed's deferred decision carried over.
    const Meeting& second = meetings.first();
    CHECK(second.number == 2);
    const auto record = storage::MeetingRecordRepository(database).load(second.id);
    REQUIRE(record);
    REQUIRE(record->carriedOver.size() == 1);
    CHECK(record->carriedOver.first().text ==
          QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها"));
    CHECK_FALSE(record->actionItems.isEmpty());
}

TEST_CASE("the seed meeting names each person with gender and title", "[exchange]")
{
    NewDatabase demo;
    exchange::createDemoData(*demo.database);
    const QList<Person> darkhosh =
        storage::PersonRepository(*demo.database).findByName(QStringLiteral("درخوش"), {});
    REQUIRE(darkhosh.size() == 1);
    CHECK(darkhosh.first().gender == Gender::Female);
    CHECK(darkhosh.first().title == AcademicTitle::Doctor);
    const QList<Person> hosseini =
        storage::PersonRepository(*demo.database).findByName(QStringLiteral("حسینی"), {});
    REQUIRE(hosseini.size() == 1);
    CHECK(hosseini.first().gender == Gender::Male);
    CHECK(hosseini.first().title == AcademicTitle::None);
}

TEST_CASE("an import that fails half-way leaves nothing behind", "[exchange]")
{
    NewDatabase demo;
    storage::Database& database = *demo.database;
    exchange::createDemoData(database);
    const auto seed = storage::MeetingRepository(database).all().last();
    const auto record = storage::MeetingRecordRepository(database).load(seed.id);
    REQUIRE(record);
    const int people = int(storage::PersonRepository(database).all().size());
    const int bodies = int(storage::BodyRepository(database).all().size());

    // A file whose new body is added before the clash of numbers is found, and a new person.
    exchange::MeetingFile file = exchange::readMeetingJson(exchange::toJsonText(*record));
    REQUIRE(file.ok());
    Person newcomer;
    newcomer.id = 1000;
    newcomer.familyName = QStringLiteral("تازه‌وارد");
    file.record.people.insert(newcomer.id, newcomer);
    Body newGroup;
    newGroup.id = 1000;
    newGroup.name = QStringLiteral("کارگروه تازه");
    file.record.bodies.insert(newGroup.id, newGroup);
    const exchange::ImportResult result = exchange::importMeeting(database, file);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().path == QStringLiteral("meeting.number"));
    CHECK(storage::PersonRepository(database).all().size() == people);
    CHECK(storage::BodyRepository(database).all().size() == bodies);
}

TEST_CASE("a demo meeting exported to a file imports into a new database as the same meeting",
          "[exchange]")
{
    NewDatabase demo;
    exchange::createDemoData(*demo.database);
    const Meeting seed = storage::MeetingRepository(*demo.database).all().last();
    const auto json = exchange::exportMeeting(*demo.database, seed.id);
    REQUIRE(json);
    CHECK(*json ==
          exchange::toJsonText(*storage::MeetingRecordRepository(*demo.database).load(seed.id)));
    CHECK_FALSE(exchange::exportMeeting(*demo.database, 99999));

    NewDatabase other;
    const exchange::ImportResult imported = exchange::importMeeting(*other.database, *json);
    REQUIRE(imported.ok());
    CHECK(exchange::exportMeeting(*other.database, imported.meetingId) == json);
}
