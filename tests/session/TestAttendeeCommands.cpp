// Listing attendees several at a time, as the meeting editor does: a body's members, every
// working-group lead, a guest created on the spot, a pasted list with newcomers. Each is one edit
// that undo takes back exactly, and that redo makes again under new ids the later edits find.
#include "SessionFixture.h"
#include "session/PeopleInOrder.h"
#include "session/RowKind.h"
#include "session/commands/AddBodyMembersCommand.h"
#include "session/commands/AddGuestCommand.h"
#include "session/commands/AddPastedAttendeesCommand.h"
#include "session/commands/AddWorkingGroupLeadsCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>
#include <algorithm>

using namespace jalaseh;
using namespace jalaseh::test;
using session::DatabaseSession;

namespace {

// A meeting planned after the demo's last one (1402/03/29), with nobody listed yet.
Id plannedMeeting(SessionDatabase& db, const QString& seriesName, int number)
{
    Meeting meeting;
    meeting.seriesId = db.series(seriesName);
    meeting.number = number;
    meeting.title = QStringLiteral("جلسه");
    meeting.date = QDate(2023, 6, 19);
    meeting.start = QTime(10, 0);
    meeting.end = QTime(11, 0);
    return storage::MeetingRepository(db.database()).insert(meeting);
}

QList<Id> peopleListed(storage::Database& database, Id meetingId)
{
    QList<Id> people;
    for (const Attendance& row : storage::AttendanceRepository(database).ofMeeting(meetingId))
        people.append(row.personId);
    return people;
}

QString meetingRows(Id meetingId)
{
    return QStringLiteral("MeetingRows %1").arg(meetingId);
}

} // namespace

TEST_CASE("The steering committee is listed at once and undo takes exactly its rows off",
          "[session][commands][attendance]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id meeting = plannedMeeting(db, demo::committeeSeries, 2);
    const Id committee = db.body(demo::steeringCommittee);
    storage::AttendanceRepository attendance(database);
    // Someone listed before stays when the committee is added and when that is undone.
    Attendance early;
    early.meetingId = meeting;
    early.personId = db.person(QStringLiteral("احمدی"));
    early.role = AttendanceRole::Guest;
    attendance.insert(early);
    QSignalSpy changed(&session, &DatabaseSession::changed);

    auto* command = new session::AddBodyMembersCommand(
        session, meeting, committee, AttendanceRole::SteeringCommittee, QStringLiteral("Add"));
    REQUIRE(session.perform(command));
    CHECK(command->addedCount() == 5);
    const QList<Attendance> rows = attendance.ofMeeting(meeting);
    REQUIRE(rows.size() == 6);
    // The lead first, each representing the committee.
    CHECK(rows.at(1).personId == db.person(QStringLiteral("غزنوی")));
    for (const Attendance& row : rows.mid(1)) {
        CHECK(row.role == AttendanceRole::SteeringCommittee);
        CHECK(row.representsBodyId == committee);
        CHECK(row.status == AttendanceStatus::Present);
    }

    // Marked excused afterwards; undo and redo of the listing put the rows back, and the mark's
    // redo finds its row.
    Attendance absent = rows.at(2);
    absent.status = AttendanceStatus::Excused;
    absent.reason = QStringLiteral("سفر");
    REQUIRE(session.perform(new session::UpdateRowCommand<Attendance>(session, rows.at(2), absent,
                                                                      QStringLiteral("Excuse"))));
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(peopleListed(database, meeting) == QList<Id>{early.personId});
    session.undoStack()->redo();
    const Id back = session.currentId(session::AttendanceRow, rows.at(2).id);
    CHECK(attendance.find(back)->personId == rows.at(2).personId);
    session.undoStack()->redo();
    CHECK(attendance.find(back)->status == AttendanceStatus::Excused);
    CHECK(attendance.find(back)->reason == QStringLiteral("سفر"));

    // Everyone is listed already: nothing is added and nothing is kept to undo.
    const int depth = session.undoStack()->count();
    REQUIRE(session.perform(new session::AddBodyMembersCommand(
        session, meeting, committee, AttendanceRole::SteeringCommittee, QStringLiteral("Again"))));
    CHECK(attendance.ofMeeting(meeting).size() == 6);
    CHECK(session.undoStack()->count() == depth);
    CHECK(changesSeen(changed) == QStringList(7, meetingRows(meeting)));
}

// Known defect, kept failing on purpose ([!shouldfail]: the test passes while the defect is there
// and fails once it is fixed; then drop the tag). DatabaseSession::currentId follows renumbering
// as a chain of raw ids. When another program writing the same file takes the next free id
// between an undo and a redo, the rows put back get, one by one, the ids the rows before them
// had; the chain from a row's first id then runs on through the other rows' renumbering to the
// last row of the batch. The excuse below lands on the wrong member, or its redo fails because
// that member is listed already. Reinserting rows under their old ids where they are free, or
// giving commands a handle per row instead of an id, would end it.
TEST_CASE("Rows put back under ids another program shifted are still found by earlier edits",
          "[session][commands][attendance][renumber][!shouldfail]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id meeting = plannedMeeting(db, demo::committeeSeries, 2);
    storage::AttendanceRepository attendance(database);
    REQUIRE(session.perform(new session::AddBodyMembersCommand(
        session, meeting, db.body(demo::steeringCommittee), AttendanceRole::SteeringCommittee,
        QStringLiteral("Add"))));
    const Attendance second = attendance.ofMeeting(meeting).at(1);
    Attendance excused = second;
    excused.status = AttendanceStatus::Excused;
    REQUIRE(session.perform(new session::UpdateRowCommand<Attendance>(session, second, excused,
                                                                      QStringLiteral("Excuse"))));
    session.undoStack()->undo();
    session.undoStack()->undo();
    // Another program lists someone at another meeting and takes the next free id.
    Attendance elsewhere;
    elsewhere.meetingId = db.meeting(demo::leadsSeries, 2);
    elsewhere.personId = db.person(QStringLiteral("احمدی"));
    attendance.insert(elsewhere);
    session.undoStack()->redo();
    session.undoStack()->redo();

    const Id back = session.currentId(session::AttendanceRow, second.id);
    REQUIRE(attendance.find(back));
    CHECK(attendance.find(back)->personId == second.personId);
    CHECK(attendance.find(back)->status == AttendanceStatus::Excused);
}

TEST_CASE("Every working group's lead on the meeting's day is listed, representing the group",
          "[session][commands][attendance]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id meeting = plannedMeeting(db, demo::leadsSeries, 3);
    const QDate day(2023, 6, 19);

    // Who leads a group that is still one on the day, worked out here from the memberships.
    // Someone leading two groups represents the older one.
    QList<Body> bodies = storage::BodyRepository(database).all();
    std::sort(bodies.begin(), bodies.end(),
              [](const Body& a, const Body& b) { return a.id < b.id; });
    QHash<Id, Id> groupOf;
    for (const Body& body : std::as_const(bodies)) {
        if (body.kind != BodyKind::WorkingGroup || !body.active ||
            (body.mergedIntoId && body.mergedOn <= day))
            continue;
        for (const Membership& seat :
             storage::MembershipRepository(database).currentOn(body.id, day))
            if (seat.role == MembershipRole::Lead && !groupOf.contains(seat.personId) &&
                storage::PersonRepository(database).find(seat.personId)->active)
                groupOf.insert(seat.personId, body.id);
    }
    REQUIRE(groupOf.size() >= 8);

    auto* command = new session::AddWorkingGroupLeadsCommand(session, meeting, AttendanceRole::Lead,
                                                             QStringLiteral("Leads"));
    REQUIRE(session.perform(command));
    CHECK(command->addedCount() == groupOf.size());
    QHash<Id, Id> listed;
    for (const Attendance& row : storage::AttendanceRepository(database).ofMeeting(meeting)) {
        CHECK(row.role == AttendanceRole::Lead);
        listed.insert(row.personId, row.representsBodyId.value_or(0));
    }
    CHECK(listed == groupOf);
    // Nobody of the group merged before the day leads anything any more.
    const Id periodicals = db.body(demo::periodicals);
    CHECK_FALSE(listed.values().contains(periodicals));

    session.undoStack()->undo();
    CHECK(peopleListed(database, meeting).isEmpty());
    session.undoStack()->redo();
    CHECK(peopleListed(database, meeting).size() == groupOf.size());
}

TEST_CASE("A guest is created and listed in one edit and undo removes both",
          "[session][commands][attendance]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id second = db.meeting(demo::leadsSeries, 2);
    const QString before = db.dump();
    const qsizetype listed = peopleListed(database, second).size();
    QSignalSpy changed(&session, &DatabaseSession::changed);

    Person guest;
    guest.familyName = QStringLiteral("شریفی");
    guest.givenName = QStringLiteral("کاوه");
    guest.gender = Gender::Male;
    guest.affiliation = QStringLiteral("کتابخانه ملی");
    Attendance attendance;
    attendance.meetingId = second;
    attendance.role = AttendanceRole::Guest;
    REQUIRE(session.perform(
        new session::AddGuestCommand(session, guest, attendance, QStringLiteral("Guest"))));
    const QList<Person> created =
        storage::PersonRepository(database).findByName(QStringLiteral("شریفی"), {});
    REQUIRE(created.size() == 1);
    CHECK(created.first().affiliation == QStringLiteral("کتابخانه ملی"));
    CHECK(peopleListed(database, second).last() == created.first().id);
    // The meeting's rows and the people both changed: the person pickers must hear of it.
    CHECK(changesSeen(changed) == QStringList{meetingRows(second), QStringLiteral("People 0")});
    CHECK(session.people()->ids.contains(created.first().id));

    session.undoStack()->undo();
    CHECK(db.dump() == before);
    CHECK_FALSE(session.people()->ids.contains(created.first().id));
    session.undoStack()->redo();
    const Id again = session.currentId(session::PersonRow, created.first().id);
    CHECK(storage::PersonRepository(database).find(again)->familyName == QStringLiteral("شریفی"));
    CHECK(peopleListed(database, second).size() == listed + 1);
    CHECK(changed.size() == 6);
}

TEST_CASE("A pasted list adds known people and creates the new ones and undo removes the new ones",
          "[session][commands][attendance]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id meeting = plannedMeeting(db, demo::leadsSeries, 3);
    const Id training = db.body(demo::training);
    const Id ahmadi = db.person(QStringLiteral("احمدی"));
    const QString before = db.dump();

    session::AttendeeToAdd known;
    known.personId = ahmadi;
    session::AttendeeToAdd newcomer;
    newcomer.newPerson.familyName = QStringLiteral("نوری");
    newcomer.newPerson.givenName = QStringLiteral("لیلا");
    REQUIRE(session.perform(new session::AddPastedAttendeesCommand(
        session, meeting, {known, newcomer}, AttendanceRole::Member, training,
        QStringLiteral("Paste"))));
    const QList<Attendance> rows = storage::AttendanceRepository(database).ofMeeting(meeting);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).personId == ahmadi);
    const Id leila = rows.at(1).personId;
    CHECK(storage::PersonRepository(database).find(leila)->givenName == QStringLiteral("لیلا"));
    for (const Attendance& row : rows) {
        CHECK(row.role == AttendanceRole::Member);
        CHECK(row.representsBodyId == training);
    }

    session.undoStack()->undo();
    CHECK(db.dump() == before);
    session.undoStack()->redo();
    const Id leilaAgain = session.currentId(session::PersonRow, leila);
    CHECK(peopleListed(database, meeting) == QList<Id>{ahmadi, leilaAgain});
    CHECK(session.currentId(session::AttendanceRow, rows.at(1).id) ==
          storage::AttendanceRepository(database).ofMeeting(meeting).at(1).id);
}

TEST_CASE("A pasted list naming someone listed already adds nobody, not even the newcomers",
          "[session][commands][attendance][failure]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    const QString before = db.dump();
    QSignalSpy changed(&session, &DatabaseSession::changed);
    QSignalSpy failed(&session, &DatabaseSession::failed);

    session::AttendeeToAdd newcomer;
    newcomer.newPerson.familyName = QStringLiteral("نوری");
    session::AttendeeToAdd listed;
    listed.personId = db.person(QStringLiteral("رقابی"));
    CHECK_FALSE(session.perform(new session::AddPastedAttendeesCommand(
        session, seed, {newcomer, listed}, AttendanceRole::Member, {}, QStringLiteral("Paste"))));

    CHECK(db.dump() == before);
    CHECK(
        storage::PersonRepository(db.database()).findByName(QStringLiteral("نوری"), {}).isEmpty());
    CHECK(changed.isEmpty());
    CHECK(session.undoStack()->count() == 0);
    const QStringList sentences = failuresSeen(failed);
    REQUIRE(sentences.size() == 1);
    INFO(sentences.first().toStdString());
    CHECK(sentences.first().endsWith(QLatin1Char('.')));
    CHECK_FALSE(sentences.first().contains(QStringLiteral("UNIQUE")));
}
