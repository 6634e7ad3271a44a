// The home view (میز کار) as the secretary opens Jalaseh on a Monday: shown first, each section
// listing what needs her, every item and every number a link to where it lives (the meeting
// editor, the follow-up board filtered, the attendance review, the meetings list, the calendar).
#include "GuiFixture.h"
#include "app/attendance/AttendanceView.h"
#include "app/calendar/CalendarView.h"
#include "app/followup/DecisionsView.h"
#include "app/home/HomeLinks.h"
#include "app/home/HomeView.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "core/EnumLabels.h"
#include "persian/JalaliDate.h"
#include "session/commands/InsertRowCommand.h"
#include "session/models/AttendanceMatrixModel.h"
#include "session/models/FollowUpListModel.h"
#include "session/models/SearchFilterModel.h"
#include "storage/ActionItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "support/QtCatchPrinters.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

const QDate today = QDate::currentDate();

struct Desk
{
    GuiFixture fixture;
    Id coming = 0;      // the working group's meeting in two days, three people listed
    QList<Id> held;     // its three last meetings, held, minutes not approved
    Id late = 0;        // decision: Taheri, ten days late
    Id dueTask = 0;     // action item: Reghabi, due today
    Id dueAfter = 0;    // decision due in 40 days: on no list
    Id groupSeries = 0; // the working group's meetings

    Id meeting(const QDate& date, MeetingStatus status)
    {
        Meeting meeting{.seriesId = groupSeries, .date = date, .status = status};
        return storage::MeetingRepository(fixture.database()).insert(meeting);
    }

    Desk()
    {
        storage::Database& db = fixture.database();
        MeetingSeries series{.name = QStringLiteral("جلسه کارگروه"),
                             .bodyId = fixture.workingGroup};
        groupSeries = storage::MeetingSeriesRepository(db).insert(series);
        // Kazemi, a member of the working group, missed the last three without excuse.
        for (const int daysAgo : {42, 28, 14}) {
            const Id id = meeting(today.addDays(-daysAgo), MeetingStatus::Held);
            held.append(id);
            for (const Id person : {fixture.taheri, fixture.reghabi, fixture.kazemi}) {
                Attendance row{.meetingId = id,
                               .personId = person,
                               .status = person == fixture.kazemi ? AttendanceStatus::Absent
                                                                  : AttendanceStatus::Present};
                storage::AttendanceRepository(db).insert(row);
            }
        }
        coming = meeting(today.addDays(2), MeetingStatus::Planned);
        for (const Id person : {fixture.taheri, fixture.reghabi, fixture.kazemi}) {
            Attendance row{.meetingId = coming, .personId = person};
            storage::AttendanceRepository(db).insert(row);
        }
        storage::DecisionRepository decisions(db);
        Decision overdue{.meetingId = held[0],
                         .text = QStringLiteral("گزارش سالانه به کمیته راهبری"),
                         .responsibleId = fixture.taheri,
                         .deadline = today.addDays(-10)};
        late = decisions.insert(overdue);
        Decision later{.meetingId = held[0],
                       .text = QStringLiteral("تدوین آیین‌نامه"),
                       .responsibleId = fixture.kazemi,
                       .deadline = today.addDays(40)};
        dueAfter = decisions.insert(later);
        ActionItem task{.meetingId = held[0],
                        .task = QStringLiteral("فهرست کتابخانه‌های عضو"),
                        .ownerId = fixture.reghabi,
                        .deadline = today};
        dueTask = storage::ActionItemRepository(db).insert(task);
        // Written behind the session's back: the views that may have read already read again.
        home().reload();
        window().decisionsView()->reload();
    }

    app::MainWindow& window() { return fixture.window(); }
    app::HomeView& home() { return *window().homeView(); }
    // Follows a link the view shows, as a click on it does.
    void follow(const QString& section, const QString& link)
    {
        INFO("section " << section.toStdString() << ", link " << link.toStdString());
        REQUIRE(home().links(section).contains(link));
        emit home().sectionLabel(section)->linkActivated(link);
        QCoreApplication::processEvents();
    }
    void goHome()
    {
        window().showPage(app::MainWindow::HomePage);
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("the window opens on the desk, the first entry of the side list", "[sqlite]")
{
    GuiFixture fixture;
    CHECK(fixture.window().currentPage() == app::MainWindow::HomePage);
    auto* navigation = find<QListWidget>(fixture.window(), "navigation");
    CHECK(navigation->currentRow() == 0);
    CHECK(navigation->item(0)->text() == app::MainWindow::tr("Desk"));
    fixture.window().showPage(app::MainWindow::PeoplePage);
    navigation->setCurrentRow(0);
    CHECK(fixture.window().currentPage() == app::MainWindow::HomePage);
    CHECK(fixture.window().homeView()->isVisible());
}

TEST_CASE("the desk lists the week's meetings, follow-ups and alerts", "[sqlite]")
{
    Desk desk;
    const session::HomeSummary& summary = desk.home().summary();
    CHECK(summary.upcomingCount == 1);
    CHECK(summary.awaitingApprovalCount == 3);
    CHECK(summary.overdueCount == 1);
    CHECK(summary.dueCount == 1);
    CHECK(summary.absenceCount == 1);

    const QString upcoming = desk.home().sectionLabel(QStringLiteral("upcoming"))->text();
    CHECK(upcoming.contains(QStringLiteral("۳"))); // three invited, in Persian digits
    CHECK(desk.home()
              .links(QStringLiteral("upcoming"))
              .contains(app::HomeLinks::meeting(desk.coming)));
    CHECK(desk.home().links(QStringLiteral("approval")) ==
          QStringList{app::HomeLinks::approval(), app::HomeLinks::meeting(desk.held[2]),
                      app::HomeLinks::meeting(desk.held[1]),
                      app::HomeLinks::meeting(desk.held[0])});
    CHECK(
        desk.home().links(QStringLiteral("overdue")).contains(app::HomeLinks::decision(desk.late)));
    CHECK(desk.home()
              .links(QStringLiteral("due"))
              .contains(app::HomeLinks::actionItem(desk.dueTask)));
    CHECK_FALSE(
        desk.home().links(QStringLiteral("due")).contains(app::HomeLinks::decision(desk.dueAfter)));
    const QString overdue = desk.home().sectionLabel(QStringLiteral("overdue"))->text();
    CHECK(overdue.contains(QStringLiteral("گزارش سالانه به کمیته راهبری")));
    const QString absences = desk.home().sectionLabel(QStringLiteral("absence"))->text();
    CHECK(absences.contains(QStringLiteral("کاظمی")));
    // The Jalali date of today heads the view, in Persian digits.
    CHECK(find<QLabel>(desk.home(), "titleLabel")->text().contains(persian::formatDateLong(today)));
    // Every number in the counts line is a link.
    CHECK(desk.home().links(QStringLiteral("counts")).size() == 6);
}

TEST_CASE("the desk's lines run in the window's direction, names kept whole", "[sqlite]")
{
    Desk desk;
    const QString name = QStringLiteral("گزارش سالانه به کمیته راهبری");
    const QChar firstStrongIsolate(0x2068);
    const QChar popIsolate(0x2069);
    const auto overdue = [&] {
        return desk.home().sectionLabel(QStringLiteral("overdue"))->text();
    };
    // Persian: every paragraph right to left.
    CHECK(overdue().contains(QStringLiteral("<p dir=\"rtl\"")));
    CHECK_FALSE(overdue().contains(QStringLiteral("dir=\"ltr\"")));

    // English: a line that starts with a Persian title still runs from the left, and the title
    // is one isolated run inside it.
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    desk.home().reload();
    const QString english = overdue();
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    CHECK(english.contains(QStringLiteral("<p dir=\"ltr\"")));
    CHECK_FALSE(english.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(english.contains(firstStrongIsolate + name + popIsolate));
    CHECK(desk.home()
              .sectionLabel(QStringLiteral("counts"))
              ->text()
              .startsWith(QStringLiteral("<p dir=\"ltr\">")));
}

TEST_CASE("each item of the desk opens where it lives", "[sqlite]")
{
    Desk desk;
    app::MainWindow& window = desk.window();

    desk.follow(QStringLiteral("upcoming"), app::HomeLinks::meeting(desk.coming));
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(window.meetingEditor()->meetingId() == desk.coming);

    desk.goHome();
    desk.follow(QStringLiteral("overdue"), app::HomeLinks::decision(desk.late));
    CHECK(window.currentPage() == app::MainWindow::DecisionsPage);
    REQUIRE(window.decisionsView()->currentItem());
    CHECK(window.decisionsView()->currentItem()->id() == desk.late);
    CHECK(window.decisionsView()->currentItem()->isDecision());

    desk.goHome();
    desk.follow(QStringLiteral("due"), app::HomeLinks::actionItem(desk.dueTask));
    REQUIRE(window.decisionsView()->currentItem());
    CHECK(window.decisionsView()->currentItem()->id() == desk.dueTask);
    CHECK_FALSE(window.decisionsView()->currentItem()->isDecision());

    desk.goHome();
    const session::HomeSummary& summary = desk.home().summary();
    REQUIRE(summary.absences.size() == 1);
    desk.follow(QStringLiteral("absence"),
                app::HomeLinks::attendance(desk.fixture.workingGroup, summary.reviewFrom, today,
                                           desk.fixture.kazemi));
    CHECK(window.currentPage() == app::MainWindow::AttendancePage);
    app::AttendanceView* review = window.attendanceView();
    CHECK(review->from() == summary.reviewFrom);
    CHECK(review->to() == today);
    const QModelIndex row = review->matrixTable()->currentIndex();
    REQUIRE(row.isValid());
    CHECK(review->matrixModel()->rowOfPerson(desk.fixture.kazemi) == row.row());
}

TEST_CASE("every number of the desk opens the list behind it", "[sqlite]")
{
    Desk desk;
    app::MainWindow& window = desk.window();

    desk.follow(QStringLiteral("counts"), app::HomeLinks::calendar(today.addDays(2)));
    CHECK(window.currentPage() == app::MainWindow::CalendarPage);
    CHECK(window.calendarView()->selectedDate() == today.addDays(2));

    desk.goHome();
    desk.follow(QStringLiteral("approval"), app::HomeLinks::approval());
    CHECK(window.currentPage() == app::MainWindow::MeetingsPage);
    CHECK(find<QComboBox>(*window.meetingsView(), "statusFilterCombo")->currentText() ==
          label(MeetingStatus::Held));
    CHECK(window.meetingsView()->filter()->rowCount() == 3);

    desk.goHome();
    desk.follow(QStringLiteral("overdue"), app::HomeLinks::overdue());
    CHECK(window.currentPage() == app::MainWindow::DecisionsPage);
    auto* board = find<QTableView>(*window.decisionsView(), "table");
    CHECK(board->model()->rowCount() == 1);
    CHECK(find<QComboBox>(*window.decisionsView(), "stateCombo")->currentText() ==
          label(FollowUpState::Overdue));

    desk.goHome();
    desk.follow(QStringLiteral("due"), app::HomeLinks::due(desk.home().summary().weekEnd));
    CHECK(board->model()->rowCount() == 1);
    CHECK(find<QLabel>(*window.decisionsView(), "countLabel")
              ->text()
              .contains(persian::formatDate(desk.home().summary().weekEnd)));
    // Choosing a state on the board lifts the desk's "due this week".
    choose(find<QComboBox>(*window.decisionsView(), "stateCombo"), -1);
    CHECK(board->model()->rowCount() == 3); // the late decision, the later one, the task

    desk.goHome();
    const QStringList quiet = desk.home().links(QStringLiteral("quiet"));
    REQUIRE_FALSE(quiet.isEmpty());
    desk.follow(QStringLiteral("quiet"), quiet.first());
    CHECK(window.currentPage() == app::MainWindow::AttendancePage);
}

TEST_CASE("the desk shows an edit made elsewhere when it is next shown", "[sqlite]")
{
    Desk desk;
    desk.window().showPage(app::MainWindow::MeetingsPage);
    Decision decision{.meetingId = desk.held[1],
                      .text = QStringLiteral("نامه به دبیرخانه"),
                      .responsibleId = desk.fixture.reghabi,
                      .deadline = today.addDays(-3)};
    REQUIRE(desk.fixture.session().perform(new session::InsertRowCommand<Decision>(
        desk.fixture.session(), decision, QStringLiteral("add"))));
    desk.goHome();
    CHECK(desk.home().summary().overdueCount == 2);
    CHECK(desk.home()
              .sectionLabel(QStringLiteral("overdue"))
              ->text()
              .contains(QStringLiteral("نامه به دبیرخانه")));
}
