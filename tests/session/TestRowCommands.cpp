// The generic edits (add, change, remove and move a row) performed through the session as the
// window performs them, over the demo database: the file right after the edit (read through a
// second connection: there is no "save"), after undo and after redo; what the session announced;
// rows that an undo put back under new ids, and the edits made before still finding them.
#include "SessionFixture.h"
#include "session/PeopleInOrder.h"
#include "session/RowKind.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/MoveRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/ActionItemRepository.h"
#include "storage/AgendaItemRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::DatabaseSession;

namespace {

QString idText(const char* change, Id id)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(change)).arg(id);
}

QList<Id> speakersOf(storage::Database& database, Id meetingId)
{
    QList<Id> speakers;
    for (const Contribution& row : storage::ContributionRepository(database).ofMeeting(meetingId))
        speakers.append(row.speakerId);
    return speakers;
}

} // namespace

TEST_CASE("Adding a person is saved at once, and undo and redo take it off and back",
          "[session][commands]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);
    REQUIRE(changed.isValid());
    const QString before = db.dump();
    const auto peopleBefore = session.people();

    Person person;
    person.familyName = QStringLiteral("نوری");
    person.givenName = QStringLiteral("لیلا");
    person.gender = Gender::Female;
    auto* command =
        new session::InsertRowCommand<Person>(session, person, QStringLiteral("Add Leila Nouri"));
    REQUIRE(session.perform(command));
    const Id id = command->insertedId();
    REQUIRE(id > 0);
    // Another connection sees the row: it was committed, not kept for a "save".
    CHECK(db.dump().contains(QStringLiteral("لیلا")));
    CHECK(storage::PersonRepository(db.database()).find(id)->familyName == QStringLiteral("نوری"));
    CHECK(changesSeen(changed) == QStringList{QStringLiteral("People 0")});
    // The session's people in order were read again, the newcomer among them.
    CHECK(session.people() != peopleBefore);
    CHECK(session.people()->ids.contains(id));
    CHECK(session.undoStack()->count() == 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Add Leila Nouri"));

    session.undoStack()->undo();
    CHECK_FALSE(storage::PersonRepository(db.database()).find(id));
    CHECK(db.dump() == before);
    CHECK_FALSE(session.people()->ids.contains(id));
    CHECK(changed.size() == 2);

    session.undoStack()->redo();
    const Id again = command->insertedId();
    REQUIRE(again > 0);
    CHECK(session.currentId(session::PersonRow, id) == again);
    CHECK(storage::PersonRepository(db.database()).find(again)->givenName ==
          QStringLiteral("لیلا"));
    CHECK(changesSeen(changed) == QStringList(3, QStringLiteral("People 0")));
    CHECK(failed.isEmpty());
}

TEST_CASE("Changing a meeting names the meeting in what the session announces",
          "[session][commands]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    const Meeting before = *storage::MeetingRepository(db.database()).find(seed);
    Meeting after = before;
    after.title = QStringLiteral("نشست اول راهبران");
    after.status = MeetingStatus::MinutesApproved;
    const QString file = db.dump();
    QSignalSpy changed(&session, &DatabaseSession::changed);

    REQUIRE(session.perform(
        new session::UpdateRowCommand<Meeting>(session, before, after, QStringLiteral("Retitle"))));
    CHECK(*storage::MeetingRepository(db.database()).find(seed) == after);
    session.undoStack()->undo();
    CHECK(*storage::MeetingRepository(db.database()).find(seed) == before);
    CHECK(db.dump() == file);
    session.undoStack()->redo();
    CHECK(storage::MeetingRepository(db.database()).find(seed)->title ==
          QStringLiteral("نشست اول راهبران"));
    CHECK(changesSeen(changed) == QStringList(3, idText("Meetings", seed)));
}

TEST_CASE("A membership added, changed and removed announces memberships", "[session][commands]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id training = db.body(demo::training);
    const Id ahmadi = db.person(QStringLiteral("احمدی"));
    storage::MembershipRepository memberships(db.database());
    const qsizetype seats = memberships.ofBody(training).size();
    QSignalSpy changed(&session, &DatabaseSession::changed);

    Membership seat;
    seat.personId = ahmadi;
    seat.bodyId = training;
    seat.role = MembershipRole::Deputy;
    seat.from = QDate(2023, 6, 22);
    auto* insert = new session::InsertRowCommand<Membership>(session, seat, QStringLiteral("Add"));
    REQUIRE(session.perform(insert));
    const Membership added = *memberships.find(insert->insertedId());
    CHECK(memberships.ofBody(training).size() == seats + 1);

    Membership ended = added;
    ended.until = QDate(2024, 3, 19);
    REQUIRE(session.perform(
        new session::UpdateRowCommand<Membership>(session, added, ended, QStringLiteral("End"))));
    CHECK(memberships.find(added.id)->until == QDate(2024, 3, 19));
    REQUIRE(session.perform(
        new session::RemoveRowCommand<Membership>(session, ended, QStringLiteral("Remove"))));
    CHECK(memberships.ofBody(training).size() == seats);

    // Undo all three: the seat comes back (under a new id) with its end, then loses it, then goes.
    session.undoStack()->undo();
    const Id back = session.currentId(session::MembershipRow, added.id);
    REQUIRE(memberships.find(back));
    CHECK(memberships.find(back)->until == QDate(2024, 3, 19));
    session.undoStack()->undo();
    CHECK(memberships.find(back)->until.isNull());
    session.undoStack()->undo();
    CHECK(memberships.ofBody(training).size() == seats);
    CHECK(changesSeen(changed) == QStringList(6, QStringLiteral("Memberships 0")));
}

TEST_CASE("Removing an agenda item keeps what was said on it, and undo links it again",
          "[session][commands][renumber]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    storage::AgendaItemRepository agenda(database);
    storage::ContributionRepository contributions(database);
    // The seed's second item, "ادغام کارگروه‌ها", has three contributions and a proposal on it.
    const AgendaItem item = agenda.ofMeeting(seed).at(1);
    REQUIRE(item.title == QStringLiteral("ادغام کارگروه‌ها"));
    const auto onItem = [&](Id itemId) {
        int count = 0;
        for (const Contribution& row : contributions.ofMeeting(seed))
            count += row.agendaItemId == itemId;
        for (const Proposal& row : storage::ProposalRepository(database).ofMeeting(seed))
            count += row.agendaItemId == itemId;
        return count;
    };
    REQUIRE(onItem(item.id) == 4);
    const QString recorded = db.meetingText(seed);
    QSignalSpy changed(&session, &DatabaseSession::changed);

    // An edit made before the removal names the item by its id at the time.
    AgendaItem renamed = item;
    renamed.title = QStringLiteral("ادغام و انحلال کارگروه‌ها");
    REQUIRE(session.perform(new session::UpdateRowCommand<AgendaItem>(session, item, renamed,
                                                                      QStringLiteral("Rename"))));
    const QString renamedText = db.meetingText(seed);
    REQUIRE(session.perform(
        new session::RemoveRowCommand<AgendaItem>(session, renamed, QStringLiteral("Remove"))));
    CHECK(agenda.ofMeeting(seed).size() == 1);
    CHECK(onItem(item.id) == 0);
    // The contributions stay, on no item.
    CHECK(contributions.ofMeeting(seed).size() == 8);

    session.undoStack()->undo(); // the removal
    const Id back = session.currentId(session::AgendaRow, item.id);
    CHECK(back != item.id);
    REQUIRE(agenda.ofMeeting(seed).size() == 2);
    CHECK(agenda.ofMeeting(seed).at(1).id == back);
    CHECK(onItem(back) == 4);
    CHECK(db.meetingText(seed) == renamedText);

    session.undoStack()->undo(); // the rename, on the row's new id
    CHECK(agenda.find(back)->title == QStringLiteral("ادغام کارگروه‌ها"));
    CHECK(db.meetingText(seed) == recorded);

    // Redone and undone again: the item is found from its first id and from its second.
    session.undoStack()->redo();
    session.undoStack()->redo();
    CHECK_FALSE(agenda.find(back));
    session.undoStack()->undo();
    const Id latest = session.currentId(session::AgendaRow, item.id);
    CHECK(session.currentId(session::AgendaRow, back) == latest);
    CHECK(agenda.find(latest)->title ==
          QStringLiteral("ادغام و انحلال کارگروه‌ها"));
    CHECK(onItem(latest) == 4);
    CHECK(changesSeen(changed) == QStringList(7, idText("MeetingRows", seed)));
}

TEST_CASE("Removing a proposal and a decision keeps the rows that followed from them",
          "[session][commands][renumber]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id second = db.meeting(demo::leadsSeries, 2);
    storage::ProposalRepository proposals(database);
    storage::DecisionRepository decisions(database);
    storage::ActionItemRepository actionItems(database);
    const QString recorded = db.meetingText(second);

    // The first proposal was adopted as the first decision, which has an action item.
    const Proposal proposal = proposals.ofMeeting(second).at(0);
    const Decision decision = decisions.ofMeeting(second).at(0);
    REQUIRE(decision.proposalId == proposal.id);
    const auto actionsOf = [&](Id decisionId) {
        int count = 0;
        for (const ActionItem& row : actionItems.ofMeeting(second))
            count += row.decisionId == decisionId;
        return count;
    };
    REQUIRE(actionsOf(decision.id) == 1);

    REQUIRE(session.perform(
        new session::RemoveRowCommand<Proposal>(session, proposal, QStringLiteral("Remove"))));
    // The decision as the editor shows it after the proposal went: made on no proposal.
    const Decision unlinked = *decisions.find(decision.id);
    CHECK_FALSE(unlinked.proposalId);
    REQUIRE(session.perform(
        new session::RemoveRowCommand<Decision>(session, unlinked, QStringLiteral("Remove"))));
    CHECK(actionsOf(decision.id) == 0);
    CHECK(actionItems.ofMeeting(second).size() == 2);

    session.undoStack()->undo();
    const Id decisionBack = session.currentId(session::DecisionRow, decision.id);
    CHECK(decisionBack != decision.id);
    CHECK(actionsOf(decisionBack) == 1);
    CHECK(decisions.ofMeeting(second).at(0).id == decisionBack);
    session.undoStack()->undo();
    const Id proposalBack = session.currentId(session::ProposalRow, proposal.id);
    CHECK(decisions.find(decisionBack)->proposalId == proposalBack);
    CHECK(proposals.find(proposalBack)->supporterIds == proposal.supporterIds);
    CHECK(db.meetingText(second) == recorded);
}

TEST_CASE("Moving a contribution changes the order of speakers and undo puts it back",
          "[session][commands]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    const QList<Id> order = speakersOf(database, seed);
    const Contribution first = storage::ContributionRepository(database).ofMeeting(seed).first();
    REQUIRE(first.position == 1);
    QSignalSpy changed(&session, &DatabaseSession::changed);

    REQUIRE(session.perform(
        new session::MoveRowCommand<Contribution>(session, first, 3, QStringLiteral("Move"))));
    QList<Id> moved = order;
    moved.move(0, 2);
    CHECK(speakersOf(database, seed) == moved);
    QList<int> positions;
    for (const Contribution& row : storage::ContributionRepository(database).ofMeeting(seed))
        positions.append(row.position);
    CHECK(positions == QList<int>{1, 2, 3, 4, 5, 6, 7, 8});

    session.undoStack()->undo();
    CHECK(speakersOf(database, seed) == order);
    session.undoStack()->redo();
    CHECK(speakersOf(database, seed) == moved);
    CHECK(changesSeen(changed) == QStringList(3, idText("MeetingRows", seed)));
}

TEST_CASE("A refused edit leaves the file as it was and says why in a sentence",
          "[session][commands][failure]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);
    const QString before = db.dump();

    SECTION("removing someone listed in meetings")
    {
        const Id reghabi = db.person(QStringLiteral("رقابی"));
        const Person person = *storage::PersonRepository(db.database()).find(reghabi);
        CHECK_FALSE(session.perform(
            new session::RemoveRowCommand<Person>(session, person, QStringLiteral("Remove"))));
        CHECK(storage::PersonRepository(db.database()).find(reghabi));
    }
    SECTION("a meeting numbered as another of its series")
    {
        Meeting meeting =
            *storage::MeetingRepository(db.database()).find(db.meeting(demo::leadsSeries, 2));
        meeting.date = QDate(2023, 6, 12);
        CHECK_FALSE(session.perform(
            new session::InsertRowCommand<Meeting>(session, meeting, QStringLiteral("Add"))));
    }
    SECTION("a seat that ends before it begins")
    {
        Membership seat;
        seat.personId = db.person(QStringLiteral("احمدی"));
        seat.bodyId = db.body(demo::training);
        seat.from = QDate(2023, 6, 22);
        seat.until = QDate(2023, 1, 1);
        CHECK_FALSE(session.perform(
            new session::InsertRowCommand<Membership>(session, seat, QStringLiteral("Add"))));
    }

    CHECK(db.dump() == before);
    CHECK(changed.isEmpty());
    CHECK(session.undoStack()->count() == 0);
    const QStringList sentences = failuresSeen(failed);
    REQUIRE(sentences.size() == 1);
    INFO(sentences.first().toStdString());
    // A sentence for the secretary, not the driver's words.
    CHECK(sentences.first().size() > 30);
    CHECK(sentences.first().endsWith(QLatin1Char('.')));
    CHECK_FALSE(sentences.first().contains(QStringLiteral("SQL")));
    CHECK_FALSE(sentences.first().contains(QStringLiteral("constraint")));
}

TEST_CASE("A read-only file refuses every edit with a sentence saying what to do",
          "[session][commands][failure]")
{
    SessionDatabase db;
    REQUIRE(QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ReadOther));
    db.reopen();
    DatabaseSession& session = db.session();
    REQUIRE(session.isReadOnly());
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);
    const QString before = db.dump();

    Person person;
    person.familyName = QStringLiteral("نوری");
    CHECK_FALSE(session.perform(
        new session::InsertRowCommand<Person>(session, person, QStringLiteral("Add"))));
    CHECK(db.dump() == before);
    CHECK(changed.isEmpty());
    CHECK(session.undoStack()->count() == 0);
    const QStringList sentences = failuresSeen(failed);
    REQUIRE(sentences.size() == 1);
    CHECK(sentences.first().contains(QStringLiteral("read-only")));
    CHECK(sentences.first().contains(QStringLiteral("Open a copy")));
}
