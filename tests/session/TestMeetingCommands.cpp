// Removing a whole meeting, as the meetings list does: everything recorded in it goes in one edit,
// and undo puts the whole record back (under new ids) with the edits made before finding it.
#include "SessionFixture.h"
#include "session/RowKind.h"
#include "session/commands/RemoveMeetingCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "storage/AttendanceRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::DatabaseSession;

namespace {

qsizetype carriedInto(storage::Database& database, Id meetingId)
{
    return storage::MeetingRecordRepository(database).load(meetingId)->carriedOver.size();
}

} // namespace

TEST_CASE("Removing a meeting removes its record and undo puts all of it back",
          "[session][commands][renumber]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    storage::Database& database = db.database();
    const Id seed = db.meeting(demo::leadsSeries, 1);
    const Id second = db.meeting(demo::leadsSeries, 2);
    const QString recorded = db.meetingText(seed);
    // The seed's deferred decision comes back to the second meeting.
    REQUIRE(carriedInto(database, second) == 1);
    QSignalSpy changed(&session, &DatabaseSession::changed);

    // Two edits before the removal, naming the meeting and one of its rows by their ids then.
    const Meeting meeting = *storage::MeetingRepository(database).find(seed);
    Meeting retitled = meeting;
    retitled.title = QStringLiteral("نشست نخست");
    REQUIRE(session.perform(new session::UpdateRowCommand<Meeting>(session, meeting, retitled,
                                                                   QStringLiteral("Retitle"))));
    const Contribution said = storage::ContributionRepository(database).ofMeeting(seed).at(2);
    Contribution corrected = said;
    corrected.text += QStringLiteral(" (اصلاح شد)");
    REQUIRE(session.perform(new session::UpdateRowCommand<Contribution>(
        session, said, corrected, QStringLiteral("Correct"))));
    const QString edited = db.meetingText(seed);

    REQUIRE(session.perform(
        new session::RemoveMeetingCommand(session, seed, QStringLiteral("Remove"))));
    CHECK_FALSE(storage::MeetingRepository(database).find(seed));
    CHECK(storage::AttendanceRepository(database).ofMeeting(seed).isEmpty());
    CHECK(storage::ContributionRepository(database).ofMeeting(seed).isEmpty());
    CHECK(storage::MeetingRepository(database).all().size() == 2);
    CHECK(carriedInto(database, second) == 0);

    session.undoStack()->undo();
    const Id back = session.currentId(session::MeetingRow, seed);
    CHECK(back != seed);
    CHECK(db.meetingText(back) == edited);
    CHECK(carriedInto(database, second) == 1);
    CHECK(storage::MeetingRepository(database).find(back)->number == 1);

    // The two earlier edits are undone on the rows put back.
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(db.meetingText(back) == recorded);

    // All three again, then the removal undone once more: the same record, found from either id.
    session.undoStack()->redo();
    session.undoStack()->redo();
    session.undoStack()->redo();
    CHECK(storage::MeetingRepository(database).all().size() == 2);
    session.undoStack()->undo();
    const Id latest = session.currentId(session::MeetingRow, seed);
    CHECK(session.currentId(session::MeetingRow, back) == latest);
    CHECK(db.meetingText(latest) == edited);

    // The list of meetings is told to reload; the edits inside a meeting name the meeting as it
    // is numbered now.
    const QStringList seen = changesSeen(changed);
    REQUIRE(seen.size() == 10);
    CHECK(seen.at(0) == QStringLiteral("Meetings %1").arg(seed));
    CHECK(seen.at(1) == QStringLiteral("MeetingRows %1").arg(seed));
    CHECK(seen.at(2) == QStringLiteral("Meetings 0"));
    CHECK(seen.at(3) == QStringLiteral("Meetings 0"));
    CHECK(seen.at(4) == QStringLiteral("MeetingRows %1").arg(back));
    CHECK(seen.at(5) == QStringLiteral("Meetings %1").arg(back));
}
