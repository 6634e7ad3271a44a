// The calendar page as a secretary uses it, in Persian: a Jalali month from Saturday to Friday,
// moved by keyboard; a meeting on its Jalali day, opened with Enter; two meetings that need the
// same person at the same hour marked in the calendar and announced in the editor.
#include "GuiFixture.h"
#include "app/calendar/CalendarView.h"
#include "app/calendar/CalendarWeekGrid.h"
#include "app/common/PersonPicker.h"
#include "app/meetings/BookingConflictBanner.h"
#include "app/meetings/MeetingEditor.h"
#include "app/shell/InterfaceLanguage.h"
#include "persian/JalaliDate.h"
#include "session/models/CalendarModel.h"
#include "storage/AttendanceRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

const QDate seedDay(2023, 4, 10);   // ۱۴۰۲/۰۱/۲۱, a Monday
const QDate secondDay(2023, 5, 15); // ۱۴۰۲/۰۲/۲۵

// The interface in Persian, as users run it (the other GUI tests read the English sources).
void usePersian()
{
    static const bool applied = [] {
        app::InterfaceLanguage::apply(*qApp, app::InterfaceLanguage::Language::Persian);
        return true;
    }();
    Q_UNUSED(applied);
}

Id addMeeting(storage::Database& database, Id series, QDate date, QTime start, QTime end,
              const QList<Id>& attendees, std::optional<Id> chair = {})
{
    Meeting meeting;
    meeting.seriesId = series;
    meeting.date = date;
    meeting.start = start;
    meeting.end = end;
    meeting.chairId = chair;
    storage::MeetingRepository(database).insert(meeting);
    for (const Id person : attendees) {
        Attendance attendance;
        attendance.meetingId = meeting.id;
        attendance.personId = person;
        storage::AttendanceRepository(database).insert(attendance);
    }
    return meeting.id;
}

// The fixture's cast with three meetings: the seed's day holds the leads' meeting (12:00-13:20)
// and the working group's (13:00-14:00), both with Dr Reghabi; the leads meet again a month on.
struct CalendarFixture
{
    CalendarFixture()
    {
        storage::Database& db = gui.database();
        MeetingSeries group;
        group.name = QStringLiteral("جلسه کارگروه آموزش");
        groupSeries = storage::MeetingSeriesRepository(db).insert(group);
        leads = addMeeting(db, gui.series, seedDay, QTime(12, 0), QTime(13, 20), {gui.reghabi},
                           gui.taheri);
        workingGroup = addMeeting(db, groupSeries, seedDay, QTime(13, 0), QTime(14, 0),
                                  {gui.reghabi, gui.kazemi});
        leadsAgain =
            addMeeting(db, gui.series, secondDay, QTime(12, 0), QTime(13, 30), {gui.taheri});
        calendar()->setToday(seedDay);
        // Ctrl+6, as the View menu says.
        QTest::keyClick(&gui.window(), Qt::Key_6, Qt::ControlModifier);
        REQUIRE(gui.window().currentPage() == app::MainWindow::CalendarPage);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Home);
    }

    app::CalendarView* calendar() { return gui.window().calendarView(); }
    QTableView* table() { return find<QTableView>(*calendar(), "monthTable"); }
    QString title() { return find<QLabel>(*calendar(), "titleLabel")->text(); }
    void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }

    GuiFixture gui = (usePersian(), GuiFixture());
    Id groupSeries = 0;
    Id leads = 0;
    Id workingGroup = 0;
    Id leadsAgain = 0;
};

QString jalaliMonthTitle(int month, const char* year)
{
    return persian::JalaliDate::monthName(month) + QLatin1Char(' ') + QString::fromUtf8(year);
}

QList<Id> meetingIdsOn(session::CalendarModel* model, const QDate& date)
{
    QList<Id> ids;
    for (const session::CalendarItem& item : model->itemsOn(date))
        ids.append(item.meetingId());
    return ids;
}

} // namespace

TEST_CASE("The calendar shows a Persian month from Saturday to Friday, moved by keyboard",
          "[calendar]")
{
    CalendarFixture fixture;
    app::CalendarView* calendar = fixture.calendar();
    session::CalendarModel* model = calendar->model();
    QTableView* table = fixture.table();

    CHECK(calendar->selectedDate() == seedDay);
    CHECK(fixture.title() == jalaliMonthTitle(1, "۱۴۰۲"));
    CHECK(fixture.title() == QStringLiteral("فروردین ۱۴۰۲"));
    CHECK(model->headerData(0, Qt::Horizontal, Qt::DisplayRole) == QStringLiteral("شنبه"));
    CHECK(model->headerData(6, Qt::Horizontal, Qt::DisplayRole) == QStringLiteral("جمعه"));
    // Right to left: Saturday's column is on the right, Friday's on the left.
    CHECK(table->visualRect(model->index(0, 0)).x() > table->visualRect(model->index(0, 6)).x());
    // Farvardin 1402 began on a Tuesday: the grid opens with three days of Esfand, dimmed.
    CHECK(model->rowCount() == 5);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("۲۷"));
    CHECK_FALSE(model->index(0, 0).data(session::CalendarModel::InMonthRole).toBool());
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("۱"));
    CHECK(model->index(0, 3).data(session::CalendarModel::InMonthRole).toBool());

    // The seed's meetings on ۲۱ فروردین, a Monday (third column), today.
    const QModelIndex seedCell = model->indexOf(seedDay);
    CHECK(seedCell.column() == 2);
    CHECK(seedCell.data().toString() == QStringLiteral("۲۱"));
    CHECK(seedCell.data(session::CalendarModel::TodayRole).toBool());
    CHECK(table->currentIndex() == seedCell);
    CHECK(meetingIdsOn(model, seedDay) == QList<Id>{fixture.leads, fixture.workingGroup});
    CHECK(seedCell.data(session::CalendarModel::MeetingCountRole).toInt() == 2);
    CHECK(seedCell.data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("نشست راهبران کارگروه‌ها")));
    CHECK(find<QLabel>(*calendar, "dayTitleLabel")->text() ==
          QStringLiteral("دوشنبه ۲۱ فروردین ۱۴۰۲"));

    // Left is the next day in Persian, right the day before; down and up a week.
    fixture.press(Qt::Key_Left);
    CHECK(calendar->selectedDate() == seedDay.addDays(1));
    fixture.press(Qt::Key_Right);
    fixture.press(Qt::Key_Right);
    CHECK(calendar->selectedDate() == seedDay.addDays(-1));
    fixture.press(Qt::Key_Down);
    CHECK(calendar->selectedDate() == seedDay.addDays(6));
    fixture.press(Qt::Key_Up);
    fixture.press(Qt::Key_Up);
    CHECK(calendar->selectedDate() == seedDay.addDays(-8));
    CHECK(table->currentIndex() == model->indexOf(seedDay.addDays(-8)));

    // Page Down: the next month, same day; the leads' second meeting is on its ۲۵th.
    fixture.press(Qt::Key_Home);
    fixture.press(Qt::Key_PageDown);
    CHECK(fixture.title() == QStringLiteral("اردیبهشت ۱۴۰۲"));
    CHECK(calendar->selectedDate() == QDate(2023, 5, 11)); // ۲۱ اردیبهشت
    CHECK(meetingIdsOn(model, secondDay) == QList<Id>{fixture.leadsAgain});
    CHECK(model->indexOf(secondDay).data().toString() == QStringLiteral("۲۵"));
    // Ordibehesht 1402 began on a Friday: 31 days need six weeks.
    CHECK(model->rowCount() == 6);
    fixture.press(Qt::Key_PageUp);
    fixture.press(Qt::Key_PageUp);
    CHECK(fixture.title() == QStringLiteral("اسفند ۱۴۰۱"));
    CHECK(calendar->selectedDate() == QDate(2023, 3, 12)); // ۲۱ اسفند ۱۴۰۱

    // Arrows walk over a month's end into the next month.
    fixture.press(Qt::Key_Home);
    for (int day = 21; day < 31; ++day)
        fixture.press(Qt::Key_Left);
    CHECK(fixture.title() == QStringLiteral("فروردین ۱۴۰۲"));
    fixture.press(Qt::Key_Left);
    CHECK(fixture.title() == QStringLiteral("اردیبهشت ۱۴۰۲"));
    CHECK(calendar->selectedDate() == QDate(2023, 4, 21));

    // The buttons do the same.
    QTest::mouseClick(find<QPushButton>(*calendar, "todayButton"), Qt::LeftButton);
    CHECK(calendar->selectedDate() == seedDay);
    QTest::mouseClick(find<QWidget>(*calendar, "nextButton"), Qt::LeftButton);
    CHECK(fixture.title() == QStringLiteral("اردیبهشت ۱۴۰۲"));
    QTest::mouseClick(find<QWidget>(*calendar, "previousButton"), Qt::LeftButton);
    CHECK(fixture.title() == QStringLiteral("فروردین ۱۴۰۲"));
}

TEST_CASE("The week shows days by hours, meetings are blocks sized by their times", "[calendar]")
{
    CalendarFixture fixture;
    app::CalendarView* calendar = fixture.calendar();
    // Ctrl+Shift+W and Ctrl+Shift+M switch the views, as the buttons do.
    QTest::keyClick(fixture.table(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(calendar->span() == session::CalendarModel::Span::Week);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(calendar->span() == session::CalendarModel::Span::Month);
    QTest::mouseClick(find<QWidget>(*calendar, "weekButton"), Qt::LeftButton);
    CHECK(calendar->span() == session::CalendarModel::Span::Week);
    auto* grid = find<app::CalendarWeekGrid>(*calendar, "weekGrid");
    // The week of ۲۱ فروردین: Saturday ۱۹ to Friday ۲۵.
    CHECK(calendar->model()->firstDay() == QDate(2023, 4, 8));
    CHECK(fixture.title() == QStringLiteral("۱۹ تا ۲۵ فروردین ۱۴۰۲"));

    const QRect leads = grid->blockOf(fixture.leads);
    const QRect group = grid->blockOf(fixture.workingGroup);
    REQUIRE_FALSE(leads.isEmpty());
    REQUIRE_FALSE(group.isEmpty());
    // 12:00-13:20 is 80 minutes, 13:00-14:00 is 60; they overlap, so they share the column,
    // the earlier at the start of the line (the right), the later shifted towards its end.
    CHECK(leads.height() * 3 == Approx(group.height() * 4).margin(8));
    CHECK(leads.top() < group.top());
    CHECK(leads.bottom() > group.top());
    CHECK(leads.right() > group.right());
    CHECK(leads.left() > group.left());
    CHECK(grid->meetingAt(group.center()) == fixture.workingGroup);
    CHECK(grid->meetingAt(leads.center()) == fixture.leads);
    CHECK(grid->dateAt(leads.center()) == seedDay);

    // Page Down: the next week.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_PageDown);
    CHECK(calendar->model()->firstDay() == QDate(2023, 4, 15));
    CHECK(grid->blockOf(fixture.leads).isEmpty());
    QTest::keyClick(grid, Qt::Key_PageUp);

    // Double-clicking a block opens the meeting.
    QTest::mouseDClick(grid, Qt::LeftButton, Qt::NoModifier,
                       grid->blockOf(fixture.workingGroup).center());
    CHECK(fixture.gui.window().currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(fixture.gui.window().meetingEditor()->meetingId() == fixture.workingGroup);
}

TEST_CASE("Enter opens the selected day's meeting, with several, the day's list chooses",
          "[calendar]")
{
    CalendarFixture fixture;
    app::MainWindow& window = fixture.gui.window();
    app::CalendarView* calendar = fixture.calendar();
    calendar->setSelectedDate(secondDay);
    fixture.table()->setFocus();
    fixture.press(Qt::Key_Return);
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(window.meetingEditor()->meetingId() == fixture.leadsAgain);

    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    fixture.table()->setFocus();
    fixture.press(Qt::Key_Home);
    fixture.press(Qt::Key_Enter);
    auto* list = find<QListWidget>(*calendar, "dayList");
    CHECK(QApplication::focusWidget() == list);
    CHECK(window.currentPage() == app::MainWindow::CalendarPage);
    REQUIRE(list->count() == 2);
    fixture.press(Qt::Key_Down);
    CHECK(calendar->currentMeetingId() == fixture.workingGroup);
    fixture.press(Qt::Key_Return);
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(window.meetingEditor()->meetingId() == fixture.workingGroup);
}

TEST_CASE("Double-clicking a meeting's line in a day opens that meeting", "[calendar]")
{
    CalendarFixture fixture;
    QTableView* table = fixture.table();
    const QRect second = fixture.calendar()->meetingRect(fixture.workingGroup);
    const QRect first = fixture.calendar()->meetingRect(fixture.leads);
    REQUIRE_FALSE(second.isEmpty());
    CHECK(first.bottom() < second.top()); // the 12:00 meeting above the 13:00 one
    // A click selects the day and opens nothing; a double click opens the meeting under it.
    fixture.calendar()->setSelectedDate(seedDay.addDays(2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    CHECK(fixture.calendar()->selectedDate() == seedDay);
    CHECK(fixture.gui.window().currentPage() == app::MainWindow::CalendarPage);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    CHECK(fixture.gui.window().currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(fixture.gui.window().meetingEditor()->meetingId() == fixture.workingGroup);
}

TEST_CASE("A new meeting is made on the selected day", "[calendar]")
{
    CalendarFixture fixture;
    fixture.calendar()->setSelectedDate(QDate(2023, 5, 20));
    fixture.table()->setFocus();
    fixture.press(Qt::Key_Insert);
    app::MainWindow& window = fixture.gui.window();
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    const auto made = storage::MeetingRepository(fixture.gui.database())
                          .find(window.meetingEditor()->meetingId());
    REQUIRE(made);
    CHECK(made->date == QDate(2023, 5, 20));
    CHECK(made->id != fixture.leads);

    // Back on the calendar, it is on its day (the page reloads when shown).
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(meetingIdsOn(fixture.calendar()->model(), QDate(2023, 5, 20)) == QList<Id>{made->id});
}

TEST_CASE("A person booked twice at the same hour is marked in the calendar and the editor",
          "[calendar]")
{
    CalendarFixture fixture;
    app::CalendarView* calendar = fixture.calendar();
    session::CalendarModel* model = calendar->model();

    // The calendar: both meetings of the seed's day marked, each naming the other.
    const QList<session::CalendarItem>& items = model->itemsOn(seedDay);
    REQUIRE(items.size() == 2);
    CHECK(items[0].hasClash());
    CHECK(items[0].certain);
    CHECK(
        items[0].clashes ==
        QStringList{QStringLiteral(
            "خانم دکتر رقابی در همین ساعت در جلسه‌ی ۱ «جلسه "
            "کارگروه آموزش» است (۱۳:۰۰ تا ۱۴:۰۰).")});
    CHECK(
        items[1].clashes ==
        QStringList{QStringLiteral(
            "خانم دکتر رقابی در همین ساعت در جلسه‌ی ۱ «نشست "
            "راهبران کارگروه‌ها» است (۱۲:۰۰ تا ۱۳:۲۰).")});
    CHECK(model->indexOf(seedDay).data(session::CalendarModel::ClashRole).toBool());
    CHECK_FALSE(model->indexOf(secondDay).data(session::CalendarModel::ClashRole).toBool());
    CHECK(model->indexOf(seedDay)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("خانم دکتر رقابی در همین ساعت")));
    auto* clashLabel = find<QLabel>(*calendar, "clashLabel");
    CHECK(clashLabel->isVisible());
    CHECK(clashLabel->text().contains(QStringLiteral("خانم دکتر رقابی")));
    auto* list = find<QListWidget>(*calendar, "dayList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->toolTip().contains(QStringLiteral("رقابی")));
    CHECK_FALSE(list->item(0)->icon().isNull());

    // The editor of the leads' meeting says so too, under its heading.
    fixture.press(Qt::Key_Return);
    fixture.press(Qt::Key_Return);
    app::MainWindow& window = fixture.gui.window();
    REQUIRE(window.meetingEditor()->meetingId() == fixture.leads);
    auto* banner = find<app::BookingConflictBanner>(window, "bookingConflictBanner");
    CHECK(banner->isVisible());
    CHECK(banner->sentences() == items[0].clashes);
    CHECK(find<QLabel>(*banner, "bookingConflictText")
              ->text()
              .contains(QStringLiteral("در همین ساعت")));

    // Moved to the next day by typing its date, the clash is gone; undo brings it back.
    auto* dateLine = find<QWidget>(window, "dateEdit")->findChild<QLineEdit*>();
    typeInto(dateLine, QStringLiteral("۱۴۰۲/۰۱/۲۲"));
    REQUIRE(storage::MeetingRepository(fixture.gui.database()).find(fixture.leads)->date ==
            seedDay.addDays(1));
    CHECK_FALSE(banner->isVisible());
    CHECK(banner->sentences().isEmpty());
    window.setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(banner->isVisible());

    // The calendar, shown again, has caught up with the edits.
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(meetingIdsOn(model, seedDay) == QList<Id>{fixture.leads, fixture.workingGroup});
    CHECK(model->itemsOn(seedDay)[0].hasClash());
}

TEST_CASE("Adding an attendee who is elsewhere at that hour raises the warning", "[calendar]")
{
    CalendarFixture fixture;
    app::MainWindow& window = fixture.gui.window();
    // A third meeting that day, at 12:30, with nobody yet.
    const Id third = addMeeting(fixture.gui.database(), fixture.groupSeries, seedDay, QTime(12, 30),
                                QTime(13, 30), {});
    window.openMeeting(third);
    auto* banner = find<app::BookingConflictBanner>(window, "bookingConflictBanner");
    CHECK_FALSE(banner->isVisible());

    find<QTabWidget>(window, "tabs")->setCurrentIndex(1);
    pickPerson(find<app::PersonPicker>(window, "attendeePicker"), QStringLiteral("كاظمي"));
    QTest::mouseClick(find<QPushButton>(window, "addAttendeeButton"), Qt::LeftButton);
    REQUIRE(storage::AttendanceRepository(fixture.gui.database()).ofMeeting(third).size() == 1);
    CHECK(banner->isVisible());
    CHECK(
        banner->sentences() ==
        QStringList{QStringLiteral(
            "خانم کاظمی در همین ساعت در جلسه‌ی ۱ «جلسه کارگروه "
            "آموزش» است (۱۳:۰۰ تا ۱۴:۰۰).")});

    // Marked absent, she is free again.
    const Attendance added =
        storage::AttendanceRepository(fixture.gui.database()).ofMeeting(third).first();
    find<QTableView>(window, "attendanceTable")->setFocus();
    find<QTableView>(window, "attendanceTable")
        ->setCurrentIndex(find<QTableView>(window, "attendanceTable")->model()->index(0, 0));
    choose(find<QComboBox>(window, "attendanceStatusCombo"), int(AttendanceStatus::Absent));
    REQUIRE(storage::AttendanceRepository(fixture.gui.database()).find(added.id)->status ==
            AttendanceStatus::Absent);
    CHECK_FALSE(banner->isVisible());
}
