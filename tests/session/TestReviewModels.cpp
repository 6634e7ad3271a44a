// The models of attendance review and follow-up (the members x meetings matrix, its alerts, each
// body's activity, the follow-up board), each under QAbstractItemModelTester and read cell by cell
// through every change: fed as the views feed them from the demo and a generated database,
// narrowed, reloaded after edits made through the session, and emptied.
#include "ModelWatch.h"
#include "SessionFixture.h"
#include "core/BodyActivity.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/ActivityTableModel.h"
#include "session/models/AttendanceAlertModel.h"
#include "session/models/AttendanceMatrixModel.h"
#include "session/models/FollowUpListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "storage/ActionItemRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/DecisionRepository.h"
#include "support/QtCatchPrinters.h"

#include <QBrush>
#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;
using session::Change;
using session::DatabaseSession;

namespace {

// The Jalali year 1402.
const QDate from1402(2023, 3, 21);
const QDate to1402(2024, 3, 19);

// Shows the review of a body as the attendance view does.
void showReview(session::AttendanceMatrixModel& model, storage::Database& database, Id bodyId,
                const QDate& from, const QDate& to)
{
    const storage::AttendanceReview review =
        storage::AttendanceReviewRepository(database).load(bodyId, from, to, true);
    QHash<Id, QString> names;
    for (const Body& body : storage::BodyRepository(database).all())
        names.insert(body.id, body.name);
    model.setMatrix(review.matrix(), review.people, names);
}

// The family names of the rows shown, from the vertical headers ("family, given").
QStringList familyNames(const session::AttendanceMatrixModel& model)
{
    QStringList names;
    for (int row = 0; row < model.memberCount(); ++row)
        names.append(model.headerData(row, Qt::Vertical, Qt::DisplayRole)
                         .toString()
                         .section(QStringLiteral(", "), 0, 0));
    return names;
}

} // namespace

TEST_CASE("The steering committee's matrix shows its members, its meeting and the edits made",
          "[session][models][review]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    const Id committee = db.body(demo::steeringCommittee);
    const Id meeting = db.meeting(demo::committeeSeries, 1);
    session::AttendanceMatrixModel matrix;
    ModelWatch watch(&matrix);
    QObject::connect(&session, &DatabaseSession::changed, &matrix, [&](Change what, Id) {
        if (what == Change::MeetingRows)
            showReview(matrix, session.database(), committee, from1402, to1402);
    });
    CHECK(matrix.rowCount() == 0);
    showReview(matrix, db.database(), committee, from1402, to1402);

    using Column = session::AttendanceMatrixModel::Column;
    REQUIRE(matrix.columnCount() == Column::FirstMeetingColumn + 1);
    REQUIRE(matrix.memberCount() == 5);
    CHECK(matrix.rowCount() == 6);
    CHECK(headerTexts(matrix) == QStringList{QStringLiteral("Role"), QStringLiteral("Rate"),
                                             QStringLiteral("Without\nexcused"),
                                             QStringLiteral("Meeting ۱\n۱۴۰۲/۰۲/۰۴")});
    CHECK(matrix
              .headerData(Column::FirstMeetingColumn, Qt::Horizontal,
                          session::AttendanceMatrixModel::MeetingIdRole)
              .value<Id>() == meeting);
    CHECK(matrix.headerData(Column::FirstMeetingColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Meeting ۱ of %1").arg(demo::steeringCommittee)));
    CHECK(inPersianOrder(familyNames(matrix)));
    CHECK(matrix.headerData(5, Qt::Vertical, Qt::DisplayRole).toString() ==
          QStringLiteral("Members present"));
    const int lead = matrix.rowOfPerson(db.person(QStringLiteral("غزنوی")));
    REQUIRE(lead >= 0);
    CHECK(cellText(matrix, lead, Column::RoleColumn) == QStringLiteral("Lead"));
    CHECK(matrix.index(lead, 0).data(session::AttendanceMatrixModel::PersonIdRole).value<Id>() ==
          db.person(QStringLiteral("غزنوی")));
    const QStringList cells = columnTexts(matrix, Column::FirstMeetingColumn).mid(0, 5);
    const int present = int(cells.count(QStringLiteral("present")));
    CHECK(cellText(matrix, 5, Column::FirstMeetingColumn) ==
          QStringLiteral("%1 of ۵").arg(persian::formatNumber(present)));
    CHECK(matrix.index(5, 0).data(Qt::FontRole).value<QFont>().bold());

    // One member marked excused through the session: the cell and the totals say so.
    const Id reghabi = db.person(QStringLiteral("رقابی"));
    Attendance before;
    for (const Attendance& row : storage::AttendanceRepository(db.database()).ofMeeting(meeting))
        if (row.personId == reghabi)
            before = row;
    REQUIRE(before.id != 0);
    Attendance excused = before;
    excused.status = AttendanceStatus::Excused;
    excused.reason = QStringLiteral("بیماری");
    REQUIRE(session.perform(new session::UpdateRowCommand<Attendance>(session, before, excused,
                                                                      QStringLiteral("Excuse"))));
    const int row = matrix.rowOfPerson(reghabi);
    CHECK(cellText(matrix, row, Column::FirstMeetingColumn) == QStringLiteral("excused"));
    CHECK(matrix.index(row, Column::FirstMeetingColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("reason: بیماری")));
    CHECK(cellText(matrix, row, Column::RateColumn) == persian::formatPercent(0.0));
    CHECK(cellText(matrix, row, Column::RateWithoutExcusedColumn) == QStringLiteral("—"));

    // Only the lead; then everyone again; then nothing.
    matrix.setRole(MembershipRole::Lead);
    CHECK(matrix.memberCount() == 1);
    CHECK(matrix.rowCount() == 2);
    matrix.setRole(std::nullopt);
    CHECK(matrix.memberCount() == 5);
    matrix.clear();
    CHECK(matrix.rowCount() == 0);
    CHECK(matrix.columnCount() == Column::FirstMeetingColumn);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("The leads' series matrix has its two meetings, oldest first, and no row for the guest",
          "[session][models][review]")
{
    SessionDatabase db;
    session::AttendanceMatrixModel matrix;
    ModelWatch watch(&matrix);
    const storage::AttendanceReview review =
        storage::AttendanceReviewRepository(db.database())
            .loadSeries(db.series(demo::leadsSeries), from1402, to1402);
    matrix.setMatrix(review.matrix(), review.people, {});

    using Column = session::AttendanceMatrixModel::Column;
    REQUIRE(matrix.columnCount() == Column::FirstMeetingColumn + 2);
    CHECK(headerTexts(matrix).mid(Column::FirstMeetingColumn) ==
          QStringList{QStringLiteral("Meeting ۱\n۱۴۰۲/۰۱/۲۱"),
                      QStringLiteral("Meeting ۲\n۱۴۰۲/۰۲/۲۵")});
    // The guest of the seed meeting came, counts in its totals, and has no row of his own.
    const Id guest = db.person(QStringLiteral("حاجی زین‌العابدینی"));
    CHECK(matrix.rowOfPerson(guest) == -1);
    CHECK(cellText(matrix, matrix.memberCount(), Column::FirstMeetingColumn)
              .endsWith(QStringLiteral(" +۱")));
    CHECK(inPersianOrder(familyNames(matrix)));
    CHECK(matrix.memberCount() >= 10);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("The matrix and the alerts of a generated network's busiest body",
          "[session][models][review][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    storage::Database& database = db.database();
    // The body with the most meetings over the three years.
    Id busiest = 0;
    qsizetype most = -1;
    for (const Body& body : storage::BodyRepository(database).all()) {
        const qsizetype meetings = storage::AttendanceReviewRepository(database)
                                       .load(body.id, QDate(2022, 3, 21), QDate(2025, 3, 20))
                                       .meetings.size();
        if (meetings > most) {
            most = meetings;
            busiest = body.id;
        }
    }
    REQUIRE(most > 3);
    session::AttendanceMatrixModel matrix;
    session::AttendanceAlertModel alerts;
    ModelWatch watchMatrix(&matrix);
    ModelWatch watchAlerts(&alerts);
    showReview(matrix, database, busiest, QDate(2022, 3, 21), QDate(2025, 3, 20));
    CHECK(matrix.columnCount() == session::AttendanceMatrixModel::FirstMeetingColumn + most);
    CHECK(matrix.rowCount() == matrix.memberCount() + 1);
    CHECK(inPersianOrder(familyNames(matrix)));
    // Meetings oldest first.
    for (int column = session::AttendanceMatrixModel::FirstMeetingColumn + 1;
         column < matrix.columnCount(); ++column)
        CHECK(matrix.matrix().meetings().at(column - 3).date >=
              matrix.matrix().meetings().at(column - 4).date);

    // The alerts as the view makes them: one line per run of absences, with the person's id.
    using Alert = session::AttendanceAlertModel::Alert;
    QList<Alert> made;
    const QList<AbsenceAlert> absences =
        matrix.matrix().absenceAlerts({.consecutive = 2, .inOneYear = 3});
    for (const AbsenceAlert& absence : absences) {
        Alert alert;
        alert.personId = absence.personId;
        alert.text = matrix.isolatedName(absence.personId) + QStringLiteral(": ") +
                     persian::formatNumber(absence.count);
        alert.details = QStringLiteral("details");
        made.append(alert);
    }
    Alert quiet;
    quiet.kind = Alert::Kind::QuietBody;
    quiet.bodyId = busiest;
    quiet.text = QStringLiteral("no meeting");
    made.append(quiet);
    alerts.setAlerts(made);
    REQUIRE(alerts.rowCount() == absences.size() + 1);
    CHECK(alerts.count(Alert::Kind::Absence) == absences.size());
    CHECK(alerts.count(Alert::Kind::QuietBody) == 1);
    const int last = alerts.rowCount() - 1;
    CHECK(alerts.index(last, 0).data(session::AttendanceAlertModel::BodyIdRole).value<Id>() ==
          busiest);
    CHECK(alerts.index(last, 0).data(Qt::ForegroundRole).value<QBrush>().color() !=
          QColor(Qt::black));
    if (!absences.isEmpty()) {
        CHECK(alerts.index(0, 0).data(session::AttendanceAlertModel::PersonIdRole).value<Id>() ==
              absences.first().personId);
        CHECK(alerts.index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("details"));
    }
    alerts.setAlerts({});
    CHECK(alerts.rowCount() == 0);
    matrix.setRole(MembershipRole::Member);
    CHECK(matrix.memberCount() < int(matrix.matrix().people().size()));
    REQUIRE_MODEL_SOUND(watchMatrix);
    REQUIRE_MODEL_SOUND(watchAlerts);
}

TEST_CASE("Each body's activity over 1401 and 1402, the committee first and a totals row last",
          "[session][models][review]")
{
    SessionDatabase db;
    session::ActivityTableModel activity;
    ModelWatch watch(&activity);
    // From 1401, when the periodicals group was still one.
    const ActivityRecords records =
        storage::ActivityRepository(db.database()).load(QDate(2022, 3, 21), to1402);
    const QDate today(2023, 6, 30);
    activity.setReport(ActivityReport::compute(records, today, false), records.bodies);

    using Column = session::ActivityTableModel::Column;
    CHECK(headerTexts(activity) == QStringList{QStringLiteral("Body"), QStringLiteral("Meetings"),
                                               QStringLiteral("Proposals"),
                                               QStringLiteral("Decisions"), QStringLiteral("Open"),
                                               QStringLiteral("Done"), QStringLiteral("Overdue"),
                                               QStringLiteral("Last meeting")});
    const int rows = activity.rowCount();
    REQUIRE(rows == int(activity.report().bodies().size()) + 1);
    CHECK(cellText(activity, 0, Column::BodyColumn) == demo::steeringCommittee);
    CHECK(activity.index(0, 0).data(session::ActivityTableModel::BodyIdRole).value<Id>() ==
          db.body(demo::steeringCommittee));
    CHECK(cellText(activity, 0, Column::MeetingsColumn) == QStringLiteral("۱"));
    CHECK(cellText(activity, 0, Column::LastMeetingColumn) == QStringLiteral("۱۴۰۲/۰۲/۰۴"));
    CHECK(cellText(activity, 0, Column::DecisionsColumn) == QStringLiteral("۲"));
    CHECK(cellText(activity, 0, Column::DoneColumn) == QStringLiteral("۲"));
    CHECK(activity.index(0, Column::MeetingsColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Spring")));
    CHECK(cellText(activity, rows - 1, Column::BodyColumn) == QStringLiteral("All bodies"));
    CHECK(activity.isTotalsRow(rows - 1));
    CHECK(activity.index(rows - 1, 0).data(session::ActivityTableModel::BodyIdRole).value<Id>() ==
          0);
    CHECK(cellText(activity, rows - 1, Column::MeetingsColumn) ==
          persian::formatNumber(activity.report().total().meetings));
    // A group that did not meet has its meetings cell marked.
    const QStringList names = columnTexts(activity, Column::BodyColumn);
    const int training = int(names.indexOf(demo::training));
    REQUIRE(training > 0);
    CHECK(cellText(activity, training, Column::MeetingsColumn) == QStringLiteral("۰"));
    CHECK(activity.index(training, Column::MeetingsColumn).data(Qt::BackgroundRole).isValid());
    CHECK(cellText(activity, training, Column::LastMeetingColumn) == QStringLiteral("none"));
    CHECK(inPersianOrder(names.mid(1, rows - 2)));

    // The merged periodicals group never met: it has no row, folded or not.
    CHECK_FALSE(names.contains(demo::periodicals));

    // One of the committee's decisions reopened through the session: open and overdue now.
    DatabaseSession& session = db.session();
    QObject::connect(&session, &DatabaseSession::changed, &activity, [&](Change what, Id) {
        if (what != Change::MeetingRows)
            return;
        const ActivityRecords now =
            storage::ActivityRepository(session.database()).load(QDate(2022, 3, 21), to1402);
        activity.setReport(ActivityReport::compute(now, today, false), now.bodies);
    });
    const Decision done = storage::DecisionRepository(db.database())
                              .ofMeeting(db.meeting(demo::committeeSeries, 1))
                              .at(0);
    Decision reopened = done;
    reopened.followUp = FollowUpState::Open;
    REQUIRE(session.perform(new session::UpdateRowCommand<Decision>(session, done, reopened,
                                                                    QStringLiteral("Reopen"))));
    CHECK(cellText(activity, 0, Column::DoneColumn) == QStringLiteral("۱"));
    CHECK(cellText(activity, 0, Column::OverdueColumn) == QStringLiteral("۱"));
    CHECK(activity.index(0, Column::OverdueColumn).data(Qt::ForegroundRole).isValid());
    session.undoStack()->undo();
    CHECK(cellText(activity, 0, Column::OverdueColumn) == QStringLiteral("۰"));
    CHECK_FALSE(activity.index(0, Column::OverdueColumn).data(Qt::ForegroundRole).isValid());
    activity.setReport(ActivityReport::compute(records, today, true), records.bodies);
    CHECK(activity.rowCount() == rows);
    activity.setReport({}, {});
    CHECK(activity.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("The activity of a generated network adds up to its meetings",
          "[session][models][review][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::ActivityTableModel activity;
    ModelWatch watch(&activity);
    const ActivityRecords records =
        storage::ActivityRepository(db.database()).load(QDate(2022, 3, 21), QDate(2025, 3, 20));
    activity.setReport(ActivityReport::compute(records, QDate(2025, 3, 20), false), records.bodies);
    REQUIRE(activity.rowCount() == smallNetwork().bodies + 1);
    int meetings = 0;
    for (int row = 0; row + 1 < activity.rowCount(); ++row)
        meetings += activity.report().bodies().at(row).meetings;
    CHECK(meetings == activity.report().total().meetings);
    CHECK(activity.report().total().meetings > 0);
    // The merged group's meetings folded into the row of the group it joined: one row fewer,
    // the same meetings in all.
    const int total = activity.report().total().meetings;
    activity.setReport(ActivityReport::compute(records, QDate(2025, 3, 20), true), records.bodies);
    CHECK(activity.rowCount() == smallNetwork().bodies);
    CHECK(activity.report().total().meetings == total);
    REQUIRE_MODEL_SOUND(watch);
}

TEST_CASE("The follow-up board puts what is overdue first and follows the marks made",
          "[session][models][followup]")
{
    SessionDatabase db;
    DatabaseSession& session = db.session();
    session::PersonListModel people;
    session::FollowUpListModel board(people);
    session::SearchFilterModel filter;
    filter.setSourceModel(&board);
    ModelWatch watchBoard(&board);
    ModelWatch watchFilter(&filter);
    QObject::connect(&session, &DatabaseSession::changed, &board, [&](Change what, Id) {
        if (what == Change::MeetingRows || what == Change::People) {
            people.reload(session);
            board.reloadOpen(session.database());
        }
    });
    people.reload(session);
    board.setToday(QDate(2023, 6, 30));
    board.reloadOpen(db.database());

    using Column = session::FollowUpListModel::Column;
    CHECK(headerTexts(board) == QStringList{QStringLiteral("Decision or task"),
                                            QStringLiteral("Kind"), QStringLiteral("Responsible"),
                                            QStringLiteral("Deadline"), QStringLiteral("Follow-up"),
                                            QStringLiteral("From the meeting"),
                                            QStringLiteral("Reviewed in")});
    const int rows = board.rowCount();
    REQUIRE(rows == int(storage::DecisionRepository(db.database()).open().size() +
                        storage::ActionItemRepository(db.database()).open().size()));
    // The four rows of the second meeting with deadlines are overdue on 1402/04/09: first, by
    // deadline, in red.
    REQUIRE(rows >= 4);
    for (int row = 0; row < 4; ++row) {
        INFO("row " << row);
        CHECK(board.isOverdue(row));
        CHECK(cellText(board, row, Column::StateColumn).startsWith(QStringLiteral("Overdue")));
        CHECK(board.index(row, 0).data(Qt::BackgroundRole).isValid());
    }
    CHECK(cellText(board, 0, Column::DeadlineColumn) ==
          QStringLiteral("۱۴۰۲/۰۳/۱۵ (۲۵ days late)"));
    CHECK(cellText(board, 0, Column::StateColumn) ==
          QStringLiteral("Overdue (marked In progress)"));
    CHECK(cellText(board, 3, Column::DeadlineColumn).startsWith(QStringLiteral("۱۴۰۲/۰۳/۳۱")));
    for (int row = 4; row < rows; ++row) {
        CHECK_FALSE(board.isOverdue(row));
        CHECK_FALSE(board.index(row, 0).data(Qt::BackgroundRole).isValid());
    }
    const QStringList kinds = columnTexts(board, Column::KindColumn);
    CHECK(kinds.count(QStringLiteral("Action item")) == 2);
    CHECK(kinds.contains(QStringLiteral("Decision (deferred)")));
    CHECK(cellText(board, 0, Column::MeetingColumn) ==
          QStringLiteral("%1 no. ۲, ۱۴۰۲/۰۲/۲۵").arg(demo::leadsSeries));
    CHECK(board.responsiblePeople().size() >= 2);

    // The responsible person typed in: صادقی answers for a decision and its action item.
    filter.setQuery(QStringLiteral("صادقي"));
    CHECK(filter.rowCount() == 2);
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(cellText(filter, row, Column::ResponsibleColumn).endsWith(QStringLiteral("صادقی")));

    // The action item marked done through the session leaves the board.
    const int action = int(kinds.indexOf(QStringLiteral("Action item")));
    const ActionItem before = board.itemAt(action).actionItem;
    ActionItem done = before;
    done.state = FollowUpState::Done;
    REQUIRE(session.perform(
        new session::UpdateRowCommand<ActionItem>(session, before, done, QStringLiteral("Done"))));
    CHECK(board.rowCount() == rows - 1);
    CHECK(board.rowOf(session::FollowUpItem::Kind::ActionItem, before.id) == -1);
    CHECK(filter.rowCount() <= 2);
    session.undoStack()->undo();
    CHECK(board.rowCount() == rows);

    // A day before the first deadline nothing is overdue: the earliest deadline comes first.
    board.setToday(QDate(2023, 6, 1));
    board.reloadOpen(db.database());
    for (int row = 0; row < board.rowCount(); ++row)
        CHECK_FALSE(board.isOverdue(row));
    CHECK(cellText(board, 0, Column::DeadlineColumn) == QStringLiteral("۱۴۰۲/۰۳/۱۵"));

    // The meetings of Ordibehesht 1402 and before: done rows too, last.
    board.reloadPeriod(db.database(), QDate(2023, 3, 21), QDate(2023, 4, 30));
    REQUIRE(board.rowCount() == 4); // the seed's decision, the committee's two and its action
    CHECK(cellText(board, 3, Column::StateColumn) == QStringLiteral("Done"));
    CHECK(cellText(board, 0, Column::StateColumn) == QStringLiteral("Open"));
    CHECK(cellText(board, 0, Column::KindColumn) == QStringLiteral("Decision (deferred)"));
    board.reloadPeriod(db.database(), QDate(2020, 1, 1), QDate(2020, 12, 31));
    CHECK(board.rowCount() == 0);
    CHECK(filter.rowCount() == 0);
    REQUIRE_MODEL_SOUND(watchBoard);
    REQUIRE_MODEL_SOUND(watchFilter);
}

TEST_CASE("The follow-up board of a generated network lists every open row",
          "[session][models][followup][generated]")
{
    SessionDatabase db(SessionDatabase::Content::Generated);
    session::PersonListModel people;
    session::FollowUpListModel board(people);
    ModelWatch watch(&board);
    people.reload(db.session());
    board.setToday(QDate(2025, 3, 20));
    board.reloadOpen(db.database());
    REQUIRE(board.rowCount() == int(storage::DecisionRepository(db.database()).open().size() +
                                    storage::ActionItemRepository(db.database()).open().size()));
    REQUIRE(board.rowCount() > 0);
    // Overdue rows, then the rest; never an overdue row after one that is not.
    bool overdueEnded = false;
    for (int row = 0; row < board.rowCount(); ++row) {
        if (!board.isOverdue(row))
            overdueEnded = true;
        else
            CHECK_FALSE(overdueEnded);
    }
    REQUIRE_MODEL_SOUND(watch);
}
