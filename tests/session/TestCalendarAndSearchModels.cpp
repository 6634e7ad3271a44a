// The calendar's days and the hits of "search everything", each under QAbstractItemModelTester
// and read cell by cell through every change: a month and a week of the demo and of a generated
// database, a clash made and undone through the session, searches typed either way, and emptied.
#include "ModelWatch.h"
#include "SessionFixture.h"
#include "persian/CalendarGrid.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/commands/AddBodyMembersCommand.h"
#include "session/commands/InsertRowCommand.h"
#include "session/models/CalendarModel.h"
#include "session/models/SearchResultModel.h"
#include "storage/MeetingRepository.h"
#include "storage/SearchRepository.h"
#include "support/QtCatchPrinters.h"

#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::CalendarModel;
using session::Change;
using session::DatabaseSession;

namespace {

const QDate seedDay(2023, 4, 10);      // ۱۴۰۲/۰۱/۲۱, a Monday
const QDate committeeDay(2023, 4, 24); // ۱۴۰۲/۰۲/۰۴, a Monday

int meetingsOn(const CalendarModel& calendar, const QDate& date)
{
    return calendar.indexOf(date).data(CalendarModel::MeetingCountRole).toInt();
}

// Shows the hits of `query` as the search dialog does, each with its meeting's name.
void search(session::SearchResultModel& results, storage::Database& database, const QString& query)
{
    const QList<storage::SearchHit> hits = storage::SearchRepository(database).search(query);
    QList<Id> meetings;
    for (const storage::SearchHit& hit : hits)
        if (hit.meetingId)
            meetings.append(hit.meetingId);
    QHash<Id, QString> names;
    for (const storage::MeetingHeading& meeting :
         storage::MeetingRepository(database).headings(meetings))
        names.insert(meeting.id, QStringLiteral("no. %1").arg(meeting.number));
    results.show(hits, names);
}

} // namespace

TEST_CASE("The calendar shows Farvardin 1402 in whole weeks with the seed meeting on its day",
          "[session][models][calendar]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    CalendarModel calendar;
    ModelWatch watch(&calendar);
    QObject::connect(&session, &DatabaseSession::changed, &calendar, [&](Change what, Id) {
        if (what == Change::Meetings || what == Change::MeetingRows || what == Change::People)
            calendar.reload(session.database());
    });
    calendar.setToday(seedDay);
    calendar.showPeriod(CalendarModel::Span::Month, seedDay);
    calendar.reload(db.database());

    const persian::MonthGrid farvardin = persian::monthGridOf(seedDay);
    CHECK(farvardin.month == 1);
    CHECK(calendar.columnCount() == 7);
    CHECK(calendar.rowCount() == farvardin.weeks);
    CHECK(headerTexts(calendar) == QStringList{QStringLiteral("Saturday"), QStringLiteral("Sunday"),
                                               QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                                               QStringLiteral("Wednesday"),
                                               QStringLiteral("Thursday"),
                                               QStringLiteral("Friday")});
    // Every cell is a day: Saturdays in the first column, the Jalali day number shown.
    const QModelIndex first = calendar.index(0, 0);
    CHECK(first.data(CalendarModel::DateRole).toDate().dayOfWeek() == Qt::Saturday);
    const QModelIndex seed = calendar.indexOf(seedDay);
    REQUIRE(seed.isValid());
    CHECK(seed.column() == 2); // Monday
    CHECK(seed.data().toString() == QStringLiteral("۲۱"));
    CHECK(seed.data(CalendarModel::TodayRole).toBool());
    CHECK(seed.data(CalendarModel::MeetingCountRole).toInt() == 1);
    CHECK_FALSE(seed.data(CalendarModel::ClashRole).toBool());
    CHECK(seed.data(Qt::ToolTipRole).toString().contains(demo::leadsSeries.toHtmlEscaped()));
    CHECK(seed.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("meeting")));
    int shown = 0;
    int inMonth = 0;
    for (int row = 0; row < calendar.rowCount(); ++row)
        for (int column = 0; column < 7; ++column) {
            shown += calendar.index(row, column).data(CalendarModel::MeetingCountRole).toInt();
            inMonth += calendar.index(row, column).data(CalendarModel::InMonthRole).toBool();
        }
    CHECK(shown == 1);
    CHECK(inMonth == 31);

    // Another day is today: the days say so without a reset.
    const int resets = watch.resets();
    calendar.setToday(seedDay.addDays(1));
    CHECK(watch.dataChanges() >= 2);
    CHECK(watch.resets() == resets);
    CHECK_FALSE(seed.data(CalendarModel::TodayRole).toBool());

    // The week of the committee's meeting, where a clash is made through the session: a second
    // committee meeting at the same hour with the same members.
    calendar.showPeriod(CalendarModel::Span::Week, committeeDay);
    calendar.reload(db.database());
    REQUIRE(calendar.rowCount() == 1);
    CHECK(calendar.firstDay().dayOfWeek() == Qt::Saturday);
    CHECK(meetingsOn(calendar, committeeDay) == 1);
    Meeting clashing;
    clashing.seriesId = db.series(demo::committeeSeries);
    clashing.number = 2;
    clashing.title = QStringLiteral("جلسه فوق‌العاده");
    clashing.date = committeeDay;
    clashing.start = QTime(10, 30);
    clashing.end = QTime(11, 0);
    auto* insert = new session::InsertRowCommand<Meeting>(session, clashing, QStringLiteral("Add"));
    REQUIRE(session.perform(insert));
    CHECK(meetingsOn(calendar, committeeDay) == 2);
    REQUIRE(session.perform(new session::AddBodyMembersCommand(
        session, insert->insertedId(), db.body(demo::steeringCommittee),
        AttendanceRole::SteeringCommittee, QStringLiteral("Committee"))));
    const QModelIndex day = calendar.indexOf(committeeDay);
    CHECK(day.data(CalendarModel::ClashRole).toBool());
    CHECK(day.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));
    CHECK(calendar.itemsOn(committeeDay).size() == 2);
    session.undoStack()->undo();
    CHECK_FALSE(calendar.indexOf(committeeDay).data(CalendarModel::ClashRole).toBool());
    session.undoStack()->undo();
    CHECK(meetingsOn(calendar, committeeDay) == 1);

    // Emptied: the days stay, their meetings go.
    calendar.clear();
    CHECK(calendar.rowCount() == 1);
    CHECK(meetingsOn(calendar, committeeDay) == 0);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("Every month of a generated year shows the meetings held in it",
          "[session][models][calendar][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    CalendarModel calendar;
    ModelWatch watch(&calendar);
    const QList<Meeting> meetings = storage::MeetingRepository(db.database()).all();
    int seen = 0;
    for (int month = 1; month <= 12; ++month) {
        const persian::MonthGrid grid = persian::monthGrid(1402, month);
        calendar.showPeriod(CalendarModel::Span::Month, grid.first);
        calendar.reload(db.database());
        int expected = 0;
        for (const Meeting& meeting : meetings)
            expected += grid.contains(meeting.date);
        int shown = 0;
        for (int row = 0; row < calendar.rowCount(); ++row)
            for (int column = 0; column < 7; ++column) {
                const QModelIndex index = calendar.index(row, column);
                if (index.data(CalendarModel::InMonthRole).toBool())
                    shown += index.data(CalendarModel::MeetingCountRole).toInt();
            }
        INFO("month " << month);
        CHECK(shown == expected);
        seen += shown;
    }
    CHECK(seen > 0);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("Search everything lists the hits with their meetings, however the name is typed",
          "[session][models][search]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    session::SearchResultModel results;
    ModelWatch watch(&results);
    CHECK(results.rowCount() == 0);

    search(results, db.database(), QStringLiteral("رقابی"));
    CHECK(headerTexts(results) == QStringList{QStringLiteral("Found in"), QStringLiteral("Text"),
                                              QStringLiteral("Meeting"), QStringLiteral("Date")});
    const int hits = results.rowCount();
    REQUIRE(hits >= 1);
    const QStringList kinds = columnTexts(results, session::SearchResultModel::KindColumn);
    CHECK(kinds.contains(QStringLiteral("Person")));
    const int person = int(kinds.indexOf(QStringLiteral("Person")));
    CHECK(results.index(person, session::SearchResultModel::MeetingColumn)
              .data()
              .toString()
              .isEmpty());
    for (int row = 0; row < hits; ++row) {
        if (!results.hitAt(row).meetingId)
            continue;
        CHECK(results.index(row, session::SearchResultModel::MeetingColumn)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("no. ")));
        CHECK(results.index(row, session::SearchResultModel::DateColumn).data().toString() ==
              persian::formatDate(results.hitAt(row).meetingDate));
    }
    // Typed with the Arabic yeh: the same hits.
    search(results, db.database(), QStringLiteral("رقابي"));
    CHECK(results.rowCount() == hits);

    // A person added through the session is found at once.
    Person namesake;
    namesake.familyName = QStringLiteral("رقابی‌نژاد");
    REQUIRE(session.perform(
        new session::InsertRowCommand<Person>(session, namesake, QStringLiteral("Add"))));
    search(results, db.database(), QStringLiteral("رقابی"));
    CHECK(results.rowCount() == hits + 1);

    // A long contribution shows its first words, and all of it in the tooltip.
    search(results, db.database(), QStringLiteral("وزارت"));
    REQUIRE(results.rowCount() > 0);
    for (int row = 0; row < results.rowCount(); ++row) {
        const QString shown = results.index(row, 1).data().toString();
        CHECK(shown.size() <= 161);
        CHECK(results.index(row, 1).data(Qt::ToolTipRole).toString() == results.hitAt(row).text);
    }

    results.show({}, {});
    CHECK(results.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("Search everything over a generated network stops at its limit",
          "[session][models][search][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::SearchResultModel results;
    ModelWatch watch(&results);
    search(results, db.database(), QStringLiteral("ا"));
    CHECK(results.rowCount() > 0);
    CHECK(results.rowCount() <= 200);
    search(results, db.database(), QStringLiteral("هیچ‌جا‌نیست‌این"));
    CHECK(results.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watch);
}
