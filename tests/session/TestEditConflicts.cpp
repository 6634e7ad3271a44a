// Two people on one database, as two edit sessions (two windows, on one file or one server): a
// save against a row the other saved since is refused, neither edit is lost, and the refused one
// applies again on the new version; an undo whose row the other changed meanwhile is refused the
// same way; edits and imports of different meetings at the same moment both succeed.
#include "../storage/StorageFixture.h"
#include "exchange/MeetingImport.h"
#include "exchange/MeetingJson.h"
#include "session/DatabaseSession.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <array>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;
using session::DatabaseSession;
using session::UpdateRowCommand;

namespace {

std::unique_ptr<DatabaseSession> openSession(const QString& address)
{
    auto opened = Database::open(address);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    return std::make_unique<DatabaseSession>(std::move(opened.database));
}

// One database, two windows on it.
struct TwoWindows
{
    TwoWindows()
    {
        const Id series = addSeries(*database, QStringLiteral("نشست راهبران"));
        meeting = addMeeting(*database, series, QDate(2024, 1, 10));
        otherMeeting = addMeeting(*database, series, QDate(2024, 2, 10));
        Decision row{.meetingId = meeting,
                     .text = QStringLiteral("خرید پایگاه‌های اطلاعاتی")};
        decision = DecisionRepository(*database).insert(row);
        mine = openSession(database.path());
        theirs = openSession(database.path());
    }

    Decision read(DatabaseSession& session) const
    {
        return *DecisionRepository(session.database()).find(decision);
    }
    Decision stored() { return *DecisionRepository(*database).find(decision); }

    TemporaryDatabase database;
    Id meeting = 0;
    Id otherMeeting = 0;
    Id decision = 0;
    std::unique_ptr<DatabaseSession> mine;
    std::unique_ptr<DatabaseSession> theirs;
};

bool edit(DatabaseSession& session, const Decision& before, const Decision& after)
{
    return session.perform(
        new UpdateRowCommand<Decision>(session, before, after, QStringLiteral("edit")));
}

} // namespace

TEST_CASE("Two windows on one meeting: the later save is refused and neither edit is lost",
          "[session][conflicts]")
{
    TwoWindows windows;
    const Decision myRead = windows.read(*windows.mine);
    const Decision theirRead = windows.read(*windows.theirs);

    Decision theirs = theirRead;
    theirs.text = QStringLiteral(
        "خرید پایگاه‌های اطلاعاتی با بودجه مشترک");
    REQUIRE(edit(*windows.theirs, theirRead, theirs));

    QSignalSpy conflicted(windows.mine.get(), &DatabaseSession::conflicted);
    QSignalSpy failed(windows.mine.get(), &DatabaseSession::failed);
    QSignalSpy changed(windows.mine.get(), &DatabaseSession::changed);
    Decision mine = myRead;
    mine.deadline = QDate(2024, 6, 1);
    mine.followUp = FollowUpState::InProgress;
    CHECK_FALSE(edit(*windows.mine, myRead, mine));
    CHECK(windows.mine->undoStack()->count() == 0);
    CHECK(failed.isEmpty());
    REQUIRE(conflicted.size() == 1);
    CHECK(changed.size() == 1); // the views reload the row as it is now
    const session::SaveConflict* conflict = windows.mine->pendingConflict();
    REQUIRE(conflict);
    CHECK(conflict->theirFields == QStringList{QStringLiteral("text")});
    CHECK(conflict->yourFields ==
          QStringList{QStringLiteral("deadline"), QStringLiteral("follow-up")});
    CHECK(conflict->changedBy == windows.theirs->database().userName());
    CHECK(conflict->changedAt.isValid());
    CHECK(conflict->message.contains(QStringLiteral("text")));
    CHECK(conflict->message == conflicted.first().first().toString());

    // Nothing of mine was saved, and theirs is intact.
    CHECK(windows.stored().text == theirs.text);
    CHECK_FALSE(windows.stored().deadline.isValid());

    SECTION("mine applied again on the new version keeps theirs")
    {
        REQUIRE(windows.mine->applyMineAgain());
        CHECK_FALSE(windows.mine->pendingConflict());
        const Decision both = windows.stored();
        CHECK(both.text == theirs.text);
        CHECK(both.deadline == QDate(2024, 6, 1));
        CHECK(both.followUp == FollowUpState::InProgress);
        CHECK(both.version.number == 3);
        SECTION("and its undo takes back only mine")
        {
            windows.mine->undoStack()->undo();
            CHECK(windows.stored().text == theirs.text);
            CHECK_FALSE(windows.stored().deadline.isValid());
            CHECK(windows.stored().followUp == FollowUpState::Open);
        }
    }
    SECTION("mine discarded changes nothing")
    {
        windows.mine->discardMine();
        CHECK_FALSE(windows.mine->pendingConflict());
        CHECK_FALSE(windows.mine->applyMineAgain());
        CHECK(windows.stored().text == theirs.text);
        CHECK(windows.stored().version.number == 2);
    }
}

TEST_CASE("An undo whose row someone else changed meanwhile is refused, not applied blindly",
          "[session][conflicts]")
{
    TwoWindows windows;
    const Decision original = windows.read(*windows.mine);
    Decision mine = original;
    mine.text =
        QStringLiteral("خرید پایگاه‌های اطلاعاتی، بازنگری شده");
    REQUIRE(edit(*windows.mine, original, mine));

    const Decision theirRead = windows.read(*windows.theirs);
    Decision theirs = theirRead;
    theirs.followUp = FollowUpState::Done;
    REQUIRE(edit(*windows.theirs, theirRead, theirs));

    QSignalSpy conflicted(windows.mine.get(), &DatabaseSession::conflicted);
    windows.mine->undoStack()->undo();
    REQUIRE(conflicted.size() == 1);
    // The refused undo left the stack: neither it nor its redo can be replayed blindly.
    CHECK(windows.mine->undoStack()->count() == 0);
    CHECK_FALSE(windows.mine->undoStack()->canRedo());
    CHECK(windows.stored().text == mine.text);
    CHECK(windows.stored().followUp == FollowUpState::Done);
    const session::SaveConflict* conflict = windows.mine->pendingConflict();
    REQUIRE(conflict);
    CHECK(conflict->theirFields == QStringList{QStringLiteral("follow-up")});
    CHECK(conflict->yourFields == QStringList{QStringLiteral("text")});

    // Applied again, the undo puts my text back and keeps their follow-up.
    REQUIRE(windows.mine->applyMineAgain());
    CHECK(windows.stored().text == original.text);
    CHECK(windows.stored().followUp == FollowUpState::Done);
}

TEST_CASE("A window's own edits in a row never refuse each other", "[session][conflicts]")
{
    TwoWindows windows;
    DatabaseSession& session = *windows.mine;
    // The view has not reloaded between the edits: each starts from the row first read.
    const Decision read = windows.read(session);
    Decision first = read;
    first.text = QStringLiteral("یک");
    REQUIRE(edit(session, read, first));
    Decision second = first;
    second.deadline = QDate(2024, 5, 1);
    REQUIRE(edit(session, first, second));
    CHECK(windows.stored().version.number == 3);
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(windows.stored() == read);
    session.undoStack()->redo();
    session.undoStack()->redo();
    CHECK(windows.stored() == second);
    CHECK_FALSE(session.pendingConflict());
}

TEST_CASE("Removing a row someone else changed meanwhile is refused", "[session][conflicts]")
{
    TwoWindows windows;
    const Decision myRead = windows.read(*windows.mine);
    const Decision theirRead = windows.read(*windows.theirs);
    Decision theirs = theirRead;
    theirs.text = QStringLiteral("تغییر داده شده");
    REQUIRE(edit(*windows.theirs, theirRead, theirs));
    CHECK_FALSE(windows.mine->perform(
        new session::RemoveRowCommand<Decision>(*windows.mine, myRead, QStringLiteral("remove"))));
    REQUIRE(windows.mine->pendingConflict());
    CHECK(DecisionRepository(*windows.database).find(windows.decision));
    REQUIRE(windows.mine->applyMineAgain());
    CHECK_FALSE(DecisionRepository(*windows.database).find(windows.decision));
}

TEST_CASE("Two windows editing different meetings both save", "[session][conflicts]")
{
    TwoWindows windows;
    const Meeting myRead = *MeetingRepository(windows.mine->database()).find(windows.meeting);
    const Meeting theirRead =
        *MeetingRepository(windows.theirs->database()).find(windows.otherMeeting);
    Meeting mine = myRead;
    mine.venue = QStringLiteral("تالار اجتماعات");
    Meeting theirs = theirRead;
    theirs.venue = QStringLiteral("اتاق جلسات");
    REQUIRE(windows.mine->perform(
        new UpdateRowCommand<Meeting>(*windows.mine, myRead, mine, QStringLiteral("venue"))));
    REQUIRE(windows.theirs->perform(
        new UpdateRowCommand<Meeting>(*windows.theirs, theirRead, theirs, QStringLiteral("v"))));
    CHECK(MeetingRepository(*windows.database).find(windows.meeting)->venue == mine.venue);
    CHECK(MeetingRepository(*windows.database).find(windows.otherMeeting)->venue == theirs.venue);
}

TEST_CASE("Two people importing different meetings at the same moment both succeed",
          "[session][conflicts]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("نشست راهبران"));
    const Id chair = addPerson(*database, QStringLiteral("طاهری"), QStringLiteral("علی"));
    QList<QByteArray> files;
    for (int number : {5, 6}) {
        MeetingRecord record;
        record.series = MeetingSeries{.id = series, .name = QStringLiteral("نشست راهبران")};
        record.meeting = Meeting{.id = 1,
                                 .seriesId = series,
                                 .number = number,
                                 .date = QDate(2024, number, 1),
                                 .chairId = chair,
                                 .status = MeetingStatus::Held};
        record.people.insert(chair, *PersonRepository(*database).find(chair));
        for (int i = 1; i <= 30; ++i)
            record.decisions.append(Decision{.id = i,
                                             .meetingId = 1,
                                             .position = i,
                                             .text = QStringLiteral("مصوبه %1").arg(i),
                                             .responsibleId = chair});
        files.append(exchange::toJsonText(record));
    }
    const QString address = database.path();
    database.close();

    // Each person has a connection of their own, in a thread of their own, started together.
    std::atomic<int> ready = 0;
    std::array<exchange::ImportResult, 2> results;
    std::array<QString, 2> failures;
    auto import = [&](int which) {
        try {
            auto opened = Database::open(address);
            if (!opened.database) {
                failures[which] = opened.message;
                return;
            }
            ++ready;
            while (ready < 2)
                std::this_thread::yield();
            results[which] = exchange::importMeeting(*opened.database, files[which]);
        } catch (const std::exception& error) {
            failures[which] = QString::fromLocal8Bit(error.what());
        }
    };
    std::thread first(import, 0);
    std::thread second(import, 1);
    first.join();
    second.join();
    CHECK(failures[0].toStdString() == "");
    CHECK(failures[1].toStdString() == "");
    for (const auto& result : results)
        CHECK(result.ok());
    auto reopened = Database::open(address);
    INFO(reopened.message.toStdString());
    REQUIRE(reopened.database);
    const auto meetings = MeetingRepository(*reopened.database).all();
    CHECK(meetings.size() == 2);
    for (const Meeting& meeting : meetings)
        CHECK(DecisionRepository(*reopened.database).ofMeeting(meeting.id).size() == 30);
}
