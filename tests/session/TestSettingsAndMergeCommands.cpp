// The organisation's settings and the merging of working groups, edited through the session as
// the settings dialog and the bodies view edit them.
#include "SessionFixture.h"
#include "session/RowKind.h"
#include "session/commands/EditOrganisationCommand.h"
#include "session/commands/EditReviewRulesCommand.h"
#include "session/commands/MergeBodiesCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/BodyRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::DatabaseSession;

TEST_CASE("The organisation's name, letterhead and logo change in one edit",
          "[session][commands][settings]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::SettingsRepository settings(db.database());
    const Organisation before = settings.organisation();
    REQUIRE(before.letterheadLines.size() == 3);
    const QString file = db.dump();
    QSignalSpy changed(&session, &DatabaseSession::changed);

    Organisation after = before;
    after.name = QStringLiteral("شبکه کتابخانه‌های دانشگاهی");
    after.letterheadLines = {QStringLiteral("بسمه تعالی"), QStringLiteral("دبیرخانه")};
    after.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8);
    REQUIRE(session.perform(new session::EditOrganisationCommand(session, before, after,
                                                                 QStringLiteral("Organisation"))));
    CHECK(settings.organisation() == after);
    session.undoStack()->undo();
    CHECK(settings.organisation() == before);
    CHECK(db.dump() == file);
    session.undoStack()->redo();
    CHECK(settings.organisation() == after);
    CHECK(changesSeen(changed) == QStringList(3, QStringLiteral("Organisation 0")));
}

TEST_CASE("The attendance rules change in one edit and rules out of bounds are refused",
          "[session][commands][settings]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::SettingsRepository settings(db.database());
    const ReviewRules before = settings.reviewRules();
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);

    const ReviewRules after{.consecutiveAbsences = 4, .absencesInOneYear = 6, .quietMonths = 2};
    REQUIRE(session.perform(
        new session::EditReviewRulesCommand(session, before, after, QStringLiteral("Rules"))));
    CHECK(settings.reviewRules() == after);
    session.undoStack()->undo();
    CHECK(settings.reviewRules() == before);
    session.undoStack()->redo();
    CHECK(settings.reviewRules() == after);
    CHECK(changesSeen(changed) == QStringList(3, QStringLiteral("Organisation 0")));

    const QString file = db.dump();
    const ReviewRules never{.consecutiveAbsences = 0, .absencesInOneYear = 6, .quietMonths = 2};
    CHECK_FALSE(session.perform(
        new session::EditReviewRulesCommand(session, after, never, QStringLiteral("Rules"))));
    CHECK(db.dump() == file);
    CHECK(changed.size() == 3);
    REQUIRE(failed.size() == 1);
    CHECK(failuresSeen(failed).first().startsWith(
        QStringLiteral("The attendance rules were not saved")));
}

TEST_CASE("Merging a working group ends its seats, seats its people in the other group, and undo "
          "takes all of it back",
          "[session][commands][merge]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id training = db.body(demo::training);
    const Id into = db.body(demo::electronicResources);
    const QDate day(2023, 6, 22);
    storage::MembershipRepository memberships(database);
    const auto seatsFrom = [&](Id body, const QDate& from) {
        QList<Membership> seats;
        for (const Membership& seat : memberships.ofBody(body))
            if (seat.from == from)
                seats.append(seat);
        return seats;
    };
    const qsizetype current = memberships.currentOn(training, day).size();
    REQUIRE(current > 0);
    const QString before = db.dump();
    QSignalSpy changed(&session, &DatabaseSession::changed);

    REQUIRE(session.perform(
        new session::MergeBodiesCommand(session, training, into, day, QStringLiteral("Merge"))));
    const Body merged = *storage::BodyRepository(database).find(training);
    CHECK(merged.mergedIntoId == into);
    CHECK(merged.mergedOn == day);
    for (const Membership& seat : memberships.ofBody(training))
        CHECK(seat.until.isValid());
    const QList<Membership> newSeats = seatsFrom(into, day);
    REQUIRE_FALSE(newSeats.isEmpty());
    CHECK(newSeats.size() <= current);

    // An edit of a new seat after the merge.
    Membership deputy = newSeats.first();
    deputy.role = MembershipRole::Deputy;
    REQUIRE(session.perform(new session::UpdateRowCommand<Membership>(
        session, newSeats.first(), deputy, QStringLiteral("Deputy"))));

    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(db.dump() == before);
    session.undoStack()->redo();
    session.undoStack()->redo();
    const Id seat = session.currentId(session::MembershipRow, newSeats.first().id);
    CHECK(memberships.find(seat)->personId == newSeats.first().personId);
    CHECK(memberships.find(seat)->role == MembershipRole::Deputy);
    CHECK(changesSeen(changed) ==
          QStringList{QStringLiteral("Bodies 0"), QStringLiteral("Memberships 0"),
                      QStringLiteral("Memberships 0"), QStringLiteral("Bodies 0"),
                      QStringLiteral("Bodies 0"), QStringLiteral("Memberships 0")});
}

TEST_CASE("A merge that cannot be made is refused with the reason, and nothing changes",
          "[session][commands][merge][failure]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const QString before = db.dump();
    QSignalSpy failed(&session, &DatabaseSession::failed);
    const Id into = db.body(demo::electronicResources);

    SECTION("into itself")
    {
        CHECK_FALSE(session.perform(
            new session::MergeBodiesCommand(session, into, into, QDate(2023, 6, 22), {})));
    }
    SECTION("a group merged already")
    {
        CHECK_FALSE(session.perform(new session::MergeBodiesCommand(
            session, db.body(demo::periodicals), into, QDate(2023, 6, 22), {})));
    }
    CHECK(db.dump() == before);
    CHECK(session.undoStack()->count() == 0);
    REQUIRE(failed.size() == 1);
    INFO(failuresSeen(failed).first().toStdString());
    CHECK(failuresSeen(failed).first().endsWith(QLatin1Char('.')));
}

TEST_CASE("Undoing a merge that another program took back says so and changes nothing",
          "[session][commands][merge][failure]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id training = db.body(demo::training);
    REQUIRE(session.perform(new session::MergeBodiesCommand(
        session, training, db.body(demo::electronicResources), QDate(2023, 6, 22), {})));
    Body unmerged = *storage::BodyRepository(db.database()).find(training);
    unmerged.mergedIntoId.reset();
    unmerged.mergedOn = {};
    storage::BodyRepository(db.database()).update(unmerged);
    const QString before = db.dump();
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);

    session.undoStack()->undo();
    CHECK(db.dump() == before);
    CHECK(changed.isEmpty());
    REQUIRE(failed.size() == 1);
    CHECK(failuresSeen(failed).first().contains(QStringLiteral("no longer merged")));
}
