// The snapshot approved minutes are rendered from (documents/MinutesSnapshot.h).
#include "DemoDatabase.h"
#include "documents/MinutesApproval.h"
#include "documents/MinutesSnapshot.h"
#include "documents/MinutesSource.h"
#include "report/MinutesDocument.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;

TEST_CASE("A snapshot reads back as the minutes it was made of, byte for byte",
          "[documents][snapshot]")
{
    test::DemoDatabase demo;
    const Id meeting = test::DemoDatabase::seedMeeting(demo.database());
    const auto minutes = documents::MinutesSource::loadCurrent(demo.database(), meeting, QString());
    REQUIRE(minutes);
    const documents::SnapshotContent content{.record = minutes->record,
                                             .organisation = minutes->organisation,
                                             .nextMeeting = minutes->options.nextMeeting,
                                             .version = 1,
                                             .amendReason = {}};
    const QByteArray bytes = documents::toSnapshot(content);
    const auto read = documents::fromSnapshot(bytes);
    REQUIRE(read);
    CHECK(documents::toSnapshot(*read) == bytes);
    CHECK(read->record.people == content.record.people);
    CHECK(read->record.decisions == content.record.decisions);
    CHECK(read->record.carriedOver == content.record.carriedOver);
    CHECK(read->organisation == content.organisation);
    CHECK(read->nextMeeting == content.nextMeeting);
    CHECK_FALSE(documents::fromSnapshot("{\"format\":\"something else\"}"));
    CHECK_FALSE(documents::fromSnapshot("not json"));
}

TEST_CASE("Approved minutes render from their snapshot, whatever happened to the people since",
          "[documents][snapshot]")
{
    test::DemoDatabase demo;
    storage::Database& database = demo.database();
    const Id meeting = test::DemoDatabase::seedMeeting(database);
    const auto approved = documents::MinutesApproval::approve(database, meeting);
    REQUIRE(approved);
    CHECK(approved->number == 1);
    CHECK(approved->fingerprint ==
          QString::fromLatin1(documents::fingerprintOf(approved->snapshot).toHex()));
    const auto before = documents::MinutesSource::load(database, meeting, QString());
    REQUIRE(before);
    REQUIRE(before->ofRecord);
    CHECK(before->ofRecord->documentId == approved->documentId);
    const QString text = before->render(report::MinutesStyle::Formal).plainText();

    storage::PersonRepository people(database);
    for (Person person : people.all()) {
        person.familyName += QStringLiteral("ی");
        people.update(person);
    }
    const auto after = documents::MinutesSource::load(database, meeting, QString());
    REQUIRE(after);
    CHECK(after->render(report::MinutesStyle::Formal).plainText() == text);
    CHECK(documents::MinutesSource::loadCurrent(database, meeting, QString())
              ->render(report::MinutesStyle::Formal)
              .plainText() != text);
}
