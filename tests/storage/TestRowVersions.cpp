// Every editable row carries a version (schema version 7): a save or removal against a row that
// someone else saved since it was read is refused with who and when, and changes nothing; saves
// of different rows never refuse each other. Two connections stand for two people.
#include "StorageFixture.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

std::unique_ptr<Database> secondConnection(const QString& address)
{
    auto opened = Database::open(address);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    return std::move(opened.database);
}

Id addDecision(Database& database, Id meetingId, const QString& text)
{
    Decision decision{.meetingId = meetingId, .text = text};
    return DecisionRepository(database).insert(decision);
}

} // namespace

TEST_CASE("A save against a row someone else saved since is refused, saying who and when",
          "[storage][versions]")
{
    TemporaryDatabase mine;
    const auto theirs = secondConnection(mine.path());
    const Id meeting =
        addMeeting(*mine, addSeries(*mine, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    const Id id = addDecision(*mine, meeting, QStringLiteral("متن نخست"));

    Decision read = *DecisionRepository(*mine).find(id);
    CHECK(read.version.number == 1);
    Decision theirRead = *DecisionRepository(*theirs).find(id);

    theirRead.text = QStringLiteral("متن آنها");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    DecisionRepository(*theirs).update(theirRead);
    const Decision saved = *DecisionRepository(*mine).find(id);
    CHECK(saved.version.number == 2);
    CHECK(saved.version.changedBy == theirs->userName());
    CHECK(saved.version.changedAt >= before);
    CHECK(saved.version.changedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    read.deadline = QDate(2024, 3, 1);
    try {
        DecisionRepository(*mine).update(read);
        FAIL("the stale save was made");
    } catch (const EditConflict& conflict) {
        CHECK(conflict.table() == QLatin1String("decision"));
        CHECK(conflict.id() == id);
        CHECK(conflict.current().number == 2);
        CHECK(conflict.current().changedBy == theirs->userName());
        CHECK(conflict.current().changedAt.isValid());
        CHECK_FALSE(conflict.whatHappened().isEmpty());
    }
    const Decision after = *DecisionRepository(*mine).find(id);
    CHECK(after.text == QStringLiteral("متن آنها"));
    CHECK_FALSE(after.deadline.isValid());
    CHECK(after.version.number == 2);

    SECTION("saved again on the row as it is now, it is made")
    {
        Decision fresh = after;
        fresh.deadline = QDate(2024, 3, 1);
        DecisionRepository(*mine).update(fresh);
        const Decision both = *DecisionRepository(*theirs).find(id);
        CHECK(both.text == QStringLiteral("متن آنها"));
        CHECK(both.deadline == QDate(2024, 3, 1));
        CHECK(both.version.number == 3);
    }
    SECTION("a removal of the stale row is refused too")
    {
        CHECK_THROWS_AS(DecisionRepository(*mine).remove(id, read.version), EditConflict);
        CHECK(DecisionRepository(*mine).find(id));
        DecisionRepository(*mine).remove(id, after.version);
        CHECK_FALSE(DecisionRepository(*theirs).find(id));
    }
    SECTION("a lead's follow-up change moves the version on as well")
    {
        DecisionRepository(*theirs).setFollowUp(id, FollowUpState::Done, after.version);
        CHECK(DecisionRepository(*mine).find(id)->version.number == 3);
        CHECK_THROWS_AS(DecisionRepository(*mine).update(after), EditConflict);
        CHECK(DecisionRepository(*mine).find(id)->followUp == FollowUpState::Done);
    }
}

TEST_CASE("A server keeps when a row was saved as a timestamptz, read back in UTC",
          "[storage][versions][server]")
{
    TemporaryDatabase database;
    Statement type(*database, QStringLiteral("SELECT data_type FROM information_schema.columns "
                                             "WHERE table_schema = current_schema() "
                                             "AND table_name = 'decision' AND column_name = ?"));
    type.bind(QStringLiteral("changed_at")).exec();
    REQUIRE(type.next());
    CHECK(type.text(0) == QStringLiteral("timestamp with time zone"));

    // A session in another time zone reads the same moment.
    Statement(*database, QStringLiteral("SET TIME ZONE 'Asia/Tehran'")).exec();
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    Decision decision =
        *DecisionRepository(*database).find(addDecision(*database, meeting, QStringLiteral("متن")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    decision.text = QStringLiteral("متن دیگر");
    DecisionRepository(*database).update(decision);
    const Decision saved = *DecisionRepository(*database).find(decision.id);
    CHECK(saved.version.changedAt.timeSpec() == Qt::UTC);
    CHECK(saved.version.changedAt >= before);
    CHECK(saved.version.changedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

TEST_CASE("Every kind of editable row refuses a stale save", "[storage][versions]")
{
    TemporaryDatabase mine;
    const auto theirs = secondConnection(mine.path());
    const Id personId = addPerson(*mine, QStringLiteral("رقابی"));
    const Id seriesId = addSeries(*mine, QStringLiteral("کارگروه"));
    const Id meetingId = addMeeting(*mine, seriesId, QDate(2024, 1, 10));

    Person person = *PersonRepository(*mine).find(personId);
    Person theirPerson = *PersonRepository(*theirs).find(personId);
    theirPerson.email = QStringLiteral("r@example.org");
    PersonRepository(*theirs).update(theirPerson);
    person.phone = QStringLiteral("021");
    CHECK_THROWS_AS(PersonRepository(*mine).update(person), EditConflict);

    Meeting meeting = *MeetingRepository(*mine).find(meetingId);
    Meeting theirMeeting = *MeetingRepository(*theirs).find(meetingId);
    theirMeeting.venue = QStringLiteral("تالار");
    MeetingRepository(*theirs).update(theirMeeting);
    const QString title = meeting.title;
    meeting.title = QStringLiteral("جلسه‌ی دیگر");
    CHECK_THROWS_AS(MeetingRepository(*mine).update(meeting), EditConflict);
    CHECK(MeetingRepository(*mine).find(meetingId)->title == title);
}

TEST_CASE("A row not read from the database is saved unchecked", "[storage][versions]")
{
    TemporaryDatabase database;
    const Id personId = addPerson(*database, QStringLiteral("طاهری"));
    Person person = *PersonRepository(*database).find(personId);
    person.version = {};
    person.notes = QStringLiteral("وارد شده");
    PersonRepository(*database).update(person);
    PersonRepository(*database).update(person);
    CHECK(PersonRepository(*database).find(personId)->version.number == 3);
}

TEST_CASE("Saves of different rows at the same moment never refuse each other",
          "[storage][versions]")
{
    TemporaryDatabase mine;
    const auto theirs = secondConnection(mine.path());
    const Id series = addSeries(*mine, QStringLiteral("کارگروه"));
    const Id first = addMeeting(*mine, series, QDate(2024, 1, 10));
    const Id second = addMeeting(*mine, series, QDate(2024, 2, 10));
    const Id myDecision = addDecision(*mine, first, QStringLiteral("یک"));
    const Id theirDecision = addDecision(*mine, first, QStringLiteral("دو"));

    Decision a = *DecisionRepository(*mine).find(myDecision);
    Decision b = *DecisionRepository(*theirs).find(theirDecision);
    a.text = QStringLiteral("یک، ویرایش شده");
    b.text = QStringLiteral("دو، ویرایش شده");
    DecisionRepository(*mine).update(a);
    DecisionRepository(*theirs).update(b);
    // Adding a decision renumbers its neighbours' positions, which is no change of theirs.
    addDecision(*theirs, first, QStringLiteral("سه"));
    a = *DecisionRepository(*mine).find(myDecision);
    Meeting m1 = *MeetingRepository(*mine).find(first);
    Meeting m2 = *MeetingRepository(*theirs).find(second);
    m1.venue = QStringLiteral("اتاق ۱");
    m2.venue = QStringLiteral("اتاق ۲");
    MeetingRepository(*mine).update(m1);
    MeetingRepository(*theirs).update(m2);
    CHECK(MeetingRepository(*theirs).find(first)->venue == QStringLiteral("اتاق ۱"));
    CHECK(MeetingRepository(*mine).find(second)->venue == QStringLiteral("اتاق ۲"));
}

TEST_CASE("Two open transactions on different meetings both commit", "[storage][versions][server]")
{
    TemporaryDatabase mine;
    const auto theirs = secondConnection(mine.path());
    const Id series = addSeries(*mine, QStringLiteral("کارگروه"));
    const Id first = addMeeting(*mine, series, QDate(2024, 1, 10));
    const Id second = addMeeting(*mine, series, QDate(2024, 2, 10));
    Meeting m1 = *MeetingRepository(*mine).find(first);
    Meeting m2 = *MeetingRepository(*theirs).find(second);
    {
        Transaction myTransaction(*mine);
        m1.summary = QStringLiteral("خلاصه ۱");
        MeetingRepository(*mine).update(m1);
        addDecision(*mine, first, QStringLiteral("مصوبه ۱"));
        {
            // While the first is still open: on a server rows, not tables, are locked.
            Transaction theirTransaction(*theirs);
            m2.summary = QStringLiteral("خلاصه ۲");
            MeetingRepository(*theirs).update(m2);
            addDecision(*theirs, second, QStringLiteral("مصوبه ۲"));
            theirTransaction.commit();
        }
        myTransaction.commit();
    }
    CHECK(MeetingRepository(*theirs).find(first)->summary == QStringLiteral("خلاصه ۱"));
    CHECK(MeetingRepository(*mine).find(second)->summary == QStringLiteral("خلاصه ۲"));
}

TEST_CASE("A transaction the server gave up is run again, a bounded number of times",
          "[storage][versions]")
{
    TemporaryDatabase database;
    int runs = 0;
    SECTION("the second run commits")
    {
        retryTransaction(*database, [&] {
            addPerson(*database, QStringLiteral("نفر %1").arg(++runs));
            if (runs == 1)
                throw TransactionCollision(QStringLiteral("serialisation failure"));
        });
        CHECK(runs == 2);
        CHECK(PersonRepository(*database).all().size() == 1); // the first run was rolled back
    }
    SECTION("after the last attempt the collision reaches the caller")
    {
        CHECK_THROWS_AS(retryTransaction(
                            *database,
                            [&] {
                                ++runs;
                                throw TransactionCollision(QStringLiteral("deadlock"));
                            },
                            3),
                        TransactionCollision);
        CHECK(runs == 3);
    }
    SECTION("inside another transaction only the outer one may run again")
    {
        Transaction outer(*database);
        CHECK_THROWS_AS(retryTransaction(*database,
                                         [&] {
                                             ++runs;
                                             throw TransactionCollision(QStringLiteral("deadlock"));
                                         }),
                        TransactionCollision);
        CHECK(runs == 1);
    }
}

TEST_CASE("A server's deadlock and serialisation failures are TransactionCollisions",
          "[storage][versions][server]")
{
    TemporaryDatabase database;
    for (const char* state : {"40001", "40P01"}) {
        Transaction transaction(*database);
        // RAISE with a SQLSTATE is how the server reports it; nothing else makes one on demand.
        CHECK_THROWS_AS(
            Statement(*database, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'collision' "
                                                "USING ERRCODE = '%1'; END $$")
                                     .arg(QLatin1String(state)))
                .exec(),
            TransactionCollision);
    }
}
