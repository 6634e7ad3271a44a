// The meeting editor's tabs: one works on its own, given the session and the meeting; and when
// the rows are read again after an edit elsewhere, a form keeps what the user is typing, while
// the attendee's fields (saved as they change) show the row as it is now.
#include "GuiFixture.h"
#include "app/common/PersonPicker.h"
#include "app/meetings/MeetingAgendaTab.h"
#include "app/meetings/MeetingEditor.h"
#include "session/models/AgendaListModel.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

Meeting newMeeting(GuiFixture& fixture)
{
    QTest::keyClick(&fixture.window(), Qt::Key_N, Qt::ControlModifier);
    const QList<Meeting> meetings = storage::MeetingRepository(fixture.database()).all();
    REQUIRE(meetings.size() == 1);
    return meetings.first();
}

QStringList agendaTitles(storage::Database& database, Id meeting)
{
    QStringList titles;
    for (const AgendaItem& item : storage::AgendaItemRepository(database).ofMeeting(meeting))
        titles.append(item.title);
    return titles;
}

void click(QWidget& window, const char* button)
{
    QTest::mouseClick(find<QPushButton>(window, button), Qt::LeftButton);
}

void selectRow(QWidget& window, const char* tableName, int row)
{
    auto* table = find<QTableView>(window, tableName);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

TEST_CASE("A tab of the meeting editor works on its own, given the session and the meeting")
{
    GuiFixture fixture;
    const Meeting meeting = newMeeting(fixture);
    storage::AgendaItemRepository items(fixture.database());
    for (const char* title : {"گزارش", "بودجه", "برنامه"}) {
        AgendaItem item;
        item.meetingId = meeting.id;
        item.title = QString::fromUtf8(title);
        item.position = int(items.ofMeeting(meeting.id).size()) + 1;
        items.insert(item);
    }

    // The editor's part: the session, the meeting, and a reload whenever the rows change.
    app::MeetingAgendaTab tab;
    tab.setSession(&fixture.session());
    tab.setMeeting(meeting);
    QObject::connect(&fixture.session(), &session::DatabaseSession::changed, &tab,
                     [&tab] { tab.reloadRows(); });
    tab.reloadRows();
    tab.show();
    tab.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    REQUIRE(tab.model()->rowCount() == 3);

    // Ctrl+Up on the last item, then the same through moveSelected: it goes first.
    selectRow(tab, "agendaTable", 2);
    QTest::keyClick(find<QTableView>(tab, "agendaTable"), Qt::Key_Up, Qt::ControlModifier);
    CHECK(agendaTitles(fixture.database(), meeting.id) ==
          QStringList{QStringLiteral("گزارش"), QStringLiteral("برنامه"), QStringLiteral("بودجه")});
    CHECK(find<QTableView>(tab, "agendaTable")->currentIndex().row() == 1);
    tab.moveSelected(-1);
    CHECK(agendaTitles(fixture.database(), meeting.id) ==
          QStringList{QStringLiteral("برنامه"), QStringLiteral("گزارش"), QStringLiteral("بودجه")});
    CHECK(find<QTableView>(tab, "agendaTable")->currentIndex().row() == 0);
}

TEST_CASE(
    "Rows read again after an edit leave a form as typed, while the attendee fields show the row as saved")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    const Meeting meeting = newMeeting(fixture);
    auto* tabs = find<QTabWidget>(window, "tabs");

    // Two contributions; the first is selected and the user starts rewording it.
    tabs->setCurrentIndex(app::MeetingEditor::ContributionsTab);
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    auto* said = find<QPlainTextEdit>(window, "contributionTextEdit");
    for (const QString& text : {QStringLiteral("گزارش"), QStringLiteral("پیشنهاد")}) {
        pickPerson(speaker, QStringLiteral("رقابی"));
        said->setFocus();
        typeText(said, text);
        click(window, "addContributionButton");
    }
    selectRow(window, "contributionTable", 0);
    REQUIRE(said->toPlainText() == QStringLiteral("گزارش"));
    said->setFocus();
    QTest::keyClick(said, Qt::Key_End, Qt::ControlModifier);
    typeText(said, QStringLiteral(" تکمیلی"));

    // The working group is added on the attendance tab: every row of the meeting is read again.
    tabs->setCurrentIndex(app::MeetingEditor::AttendanceTab);
    chooseText(find<QComboBox>(window, "bodyCombo"), QStringLiteral("کارگروه آموزش"));
    click(window, "addBodyButton");
    REQUIRE(storage::AttendanceRepository(fixture.database()).ofMeeting(meeting.id).size() == 3);
    CHECK(said->toPlainText() == QStringLiteral("گزارش تکمیلی"));
    CHECK(find<QTableView>(window, "contributionTable")->currentIndex().row() == 0);

    // An attendee marked excused, then the mark undone: the fields show the row as saved.
    selectRow(window, "attendanceTable", 0);
    auto* status = find<QComboBox>(window, "attendanceStatusCombo");
    choose(status, int(AttendanceStatus::Excused));
    CHECK(status->currentData().toInt() == int(AttendanceStatus::Excused));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(status->currentData().toInt() == int(AttendanceStatus::Present));
    CHECK(find<QTableView>(window, "attendanceTable")->currentIndex().row() == 0);
}
