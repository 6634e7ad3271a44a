// The history (schema version 10): the database's own triggers log every change of a meeting's
// record with who made it and each changed field before and after; copies carry the log and add
// nothing to it. On both engines; the server's logins and rights are tested in
// tests/cli/TestUsers.cpp.
#include "StorageFixture.h"
#include "storage/ActionItemRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/DatabaseCopy.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/QtCatchPrinters.h"
#include "support/TestDatabases.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

using Action = HistoryEntry::Action;

QVariant fieldAfter(const HistoryEntry& entry, const QString& column)
{
    for (const HistoryEntry::Field& field : entry.fields) {
        if (field.column == column)
            return field.after;
    }
    return QStringLiteral("(not logged)");
}

qint64 logSize(Database& database)
{
    Statement count(database, QStringLiteral("SELECT count(*) FROM change_log"));
    count.exec();
    count.next();
    return count.integer(0);
}

} // namespace

TEST_CASE("The history tells who added, changed and removed a meeting's rows, newest first",
          "[storage][history]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    Decision decision{.meetingId = meeting, .text = QStringLiteral("متن نخست")};
    const Id id = DecisionRepository(*database).insert(decision);
    Decision read = *DecisionRepository(*database).find(id);
    read.text = QStringLiteral("متن دوم");
    read.deadline = QDate(2024, 3, 1);
    DecisionRepository(*database).update(read);
    DecisionRepository(*database).remove(id);

    const QList<HistoryEntry> entries = ChangeLogRepository(*database).forMeeting(meeting);
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).action == Action::Removed);
    CHECK(entries.at(1).action == Action::Changed);
    CHECK(entries.at(2).action == Action::Added);
    CHECK(entries.at(3).action == Action::Added);
    CHECK(entries.at(3).table == QStringLiteral("meeting"));
    for (const HistoryEntry& entry : entries) {
        CHECK(entry.login == database->userName());
        CHECK(entry.meetingId == meeting);
        CHECK(entry.changedAt.isValid());
        CHECK(qAbs(entry.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    const HistoryEntry& changed = entries.at(1);
    CHECK(changed.table == QStringLiteral("decision"));
    CHECK(changed.rowId == id);
    REQUIRE(changed.fields.size() == 2);
    for (const HistoryEntry::Field& field : changed.fields) {
        if (field.column == QStringLiteral("text")) {
            CHECK(field.before == QVariant(QStringLiteral("متن نخست")));
            CHECK(field.after == QVariant(QStringLiteral("متن دوم")));
        } else {
            CHECK(field.column == QStringLiteral("deadline"));
            CHECK(field.before.isNull());
            CHECK(field.after == QVariant(QStringLiteral("2024-03-01")));
        }
    }
    // A removed row keeps what it said.
    CHECK(entries.at(0).fields.size() >= 2);
    for (const HistoryEntry::Field& field : entries.at(0).fields)
        CHECK(field.after.isNull());
    CHECK(fieldAfter(entries.at(2), QStringLiteral("text")) ==
          QVariant(QStringLiteral("متن نخست")));
}

TEST_CASE("A save that changes nothing a reader would see leaves no entry", "[storage][history]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    Decision first{.meetingId = meeting, .text = QStringLiteral("یک")};
    Decision second{.meetingId = meeting, .text = QStringLiteral("دو")};
    const Id firstId = DecisionRepository(*database).insert(first);
    DecisionRepository(*database).insert(second);
    const qint64 before = logSize(*database);
    // The same text again moves the row's version on; moving it renumbers its neighbour.
    DecisionRepository(*database).update(*DecisionRepository(*database).find(firstId));
    DecisionRepository(*database).move(firstId, 2);
    CHECK(logSize(*database) == before);
}

TEST_CASE("A decision's history holds its action items, a removed one too", "[storage][history]")
{
    TemporaryDatabase database;
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    Decision decision{.meetingId = meeting, .text = QStringLiteral("تصمیم")};
    const Id decisionId = DecisionRepository(*database).insert(decision);
    Decision other{.meetingId = meeting, .text = QStringLiteral("دیگری")};
    const Id otherId = DecisionRepository(*database).insert(other);
    ActionItem kept;
    kept.meetingId = meeting;
    kept.decisionId = decisionId;
    kept.task = QStringLiteral("نامه");
    const Id keptId = ActionItemRepository(*database).insert(kept);
    ActionItem removed = kept;
    removed.task = QStringLiteral("گزارش");
    const Id removedId = ActionItemRepository(*database).insert(removed);
    ActionItemRepository(*database).remove(removedId);
    ActionItem elsewhere = kept;
    elsewhere.decisionId = otherId;
    ActionItemRepository(*database).insert(elsewhere);
    ActionItemRepository(*database).setState(keptId, FollowUpState::Done);

    const QList<HistoryEntry> entries = ChangeLogRepository(*database).forDecision(decisionId);
    QStringList told;
    for (const HistoryEntry& entry : entries)
        told.append(
            QStringLiteral("%1 %2 %3").arg(entry.table).arg(entry.rowId).arg(int(entry.action)));
    INFO(told.join(QStringLiteral(", ")).toStdString());
    REQUIRE(entries.size() == 5);
    CHECK(entries.at(0).rowId == keptId);
    CHECK(fieldAfter(entries.at(0), QStringLiteral("state")) == QVariant(QStringLiteral("done")));
    CHECK(entries.at(1).rowId == removedId);
    CHECK(entries.at(1).action == Action::Removed);
    CHECK(entries.at(2).rowId == removedId);
    CHECK(entries.at(3).rowId == keptId);
    CHECK(entries.at(4).table == QStringLiteral("decision"));
    CHECK(entries.at(4).rowId == decisionId);
}

TEST_CASE("A copy carries the history and adds nothing to it", "[storage][history]")
{
    TemporaryDatabase source;
    const Id meeting =
        addMeeting(*source, addSeries(*source, QStringLiteral("کارگروه")), QDate(2024, 1, 10));
    Meeting read = *MeetingRepository(*source).find(meeting);
    read.title = QStringLiteral("نشست");
    MeetingRepository(*source).update(read);
    const QList<HistoryEntry> before = ChangeLogRepository(*source).forMeeting(meeting);
    REQUIRE(before.size() == 2);

    TemporaryDatabase target;
    DatabaseCopy(*source, *target).run(false);
    const QList<HistoryEntry> copied = ChangeLogRepository(*target).forMeeting(meeting);
    REQUIRE(copied.size() == before.size());
    CHECK(logSize(*target) == logSize(*source));
    for (qsizetype i = 0; i < copied.size(); ++i) {
        CHECK(copied.at(i).id == before.at(i).id);
        CHECK(copied.at(i).login == before.at(i).login);
        CHECK(copied.at(i).changedAt == before.at(i).changedAt);
        CHECK(copied.at(i).fields == before.at(i).fields);
    }

    // Replacing everything is no edit either; a later edit is logged after the copied entries.
    DatabaseCopy(*source, *target).run(true);
    CHECK(logSize(*target) == logSize(*source));
    read = *MeetingRepository(*target).find(meeting);
    read.venue = QStringLiteral("تالار");
    MeetingRepository(*target).update(read);
    const QList<HistoryEntry> after = ChangeLogRepository(*target).forMeeting(meeting);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.first().id > before.first().id);
}

TEST_CASE("A pause holds only inside its transaction", "[storage][history]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("کارگروه"));
    const qint64 start = logSize(*database);
    {
        Transaction transaction(*database);
        HistoryPause pause(*database);
        addMeeting(*database, series, QDate(2024, 1, 10), 1);
        pause.resume();
        transaction.commit();
    }
    CHECK(logSize(*database) == start);
    addMeeting(*database, series, QDate(2024, 2, 10), 2);
    CHECK(logSize(*database) == start + 1);
    // A pause never committed: the transaction rolled back, and the next write is logged.
    {
        Transaction transaction(*database);
        HistoryPause pause(*database);
        addMeeting(*database, series, QDate(2024, 3, 10), 3);
    }
    addMeeting(*database, series, QDate(2024, 4, 10), 4);
    CHECK(logSize(*database) == start + 2);
}
