// Records a meeting the way a secretary does, through the widgets: create it, date it, list a
// working group as attendees with one excused, two contributions reordered by keyboard, a
// decision with a Jalali deadline; then undo and redo. Every step is checked in the database.
#include "GuiFixture.h"
#include "app/common/PersonPicker.h"
#include "app/meetings/MeetingEditor.h"
#include "session/PeopleInOrder.h"
#include "storage/AttendanceRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

Meeting onlyMeeting(storage::Database& database)
{
    const QList<Meeting> meetings = storage::MeetingRepository(database).all();
    REQUIRE(meetings.size() == 1);
    return meetings.first();
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

void undo(QWidget& window)
{
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
}

void redo(QWidget& window)
{
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

QList<Id> speakers(storage::Database& database, Id meeting)
{
    QList<Id> ids;
    for (const Contribution& contribution :
         storage::ContributionRepository(database).ofMeeting(meeting))
        ids.append(contribution.speakerId);
    return ids;
}

} // namespace

TEST_CASE("A meeting is recorded through the editor, every edit saved and undoable")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();

    // Ctrl+N: a new meeting in the only series, number 1, opened in the editor.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    Meeting meeting = onlyMeeting(db);
    CHECK(meeting.seriesId == fixture.series);
    CHECK(meeting.number == 1);
    CHECK(fixture.window().currentPage() == app::MainWindow::MeetingEditorPage);

    // The date, typed in Latin digits, is stored as the Gregorian day.
    auto* dateLine = find<QWidget>(window, "dateEdit")->findChild<QLineEdit*>();
    typeInto(dateLine, QStringLiteral("1402/1/21"));
    CHECK(onlyMeeting(db).date == QDate(2023, 4, 10));
    CHECK(dateLine->text() == QStringLiteral("۱۴۰۲/۰۱/۲۱"));

    // Attendance: the working group's three members at once, one of them marked excused.
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::AttendanceTab);
    chooseText(find<QComboBox>(window, "bodyCombo"), QStringLiteral("کارگروه آموزش"));
    click(window, "addBodyButton");
    QList<Attendance> attendance = storage::AttendanceRepository(db).ofMeeting(meeting.id);
    REQUIRE(attendance.size() == 3);
    int kazemiRow = -1;
    for (int row = 0; row < attendance.size(); ++row)
        if (attendance[row].personId == fixture.kazemi)
            kazemiRow = row;
    REQUIRE(kazemiRow >= 0);
    selectRow(window, "attendanceTable", kazemiRow);
    choose(find<QComboBox>(window, "attendanceStatusCombo"), int(AttendanceStatus::Excused));
    typeInto(find<QLineEdit>(window, "reasonEdit"), QStringLiteral("سفر کاری"));
    const auto excused = storage::AttendanceRepository(db).find(attendance[kazemiRow].id);
    REQUIRE(excused);
    CHECK(excused->status == AttendanceStatus::Excused);
    CHECK(excused->reason == QStringLiteral("سفر کاری"));

    // Contributions: speakers typed with Arabic yeh and kaf, found all the same.
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::ContributionsTab);
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    auto* said = find<QPlainTextEdit>(window, "contributionTextEdit");
    pickPerson(speaker, QStringLiteral("رقابي"));
    CHECK(speaker->personId() == fixture.reghabi);
    said->setFocus();
    typeText(said, QStringLiteral("گزارش کمیته راهبری"));
    click(window, "addContributionButton");
    pickPerson(speaker, QStringLiteral("طاهري"));
    CHECK(speaker->personId() == fixture.taheri);
    said->setFocus();
    typeText(said, QStringLiteral("پیشنهاد ادغام کارگروه‌ها"));
    click(window, "addContributionButton");
    CHECK(speakers(db, meeting.id) == QList<Id>{fixture.reghabi, fixture.taheri});

    // Ctrl+Up on the second one puts it first.
    selectRow(window, "contributionTable", 1);
    QTest::keyClick(find<QTableView>(window, "contributionTable"), Qt::Key_Up, Qt::ControlModifier);
    CHECK(speakers(db, meeting.id) == QList<Id>{fixture.taheri, fixture.reghabi});

    // A decision with a responsible person and a Jalali deadline in Persian digits.
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    typeInto(find<QLineEdit>(window, "decisionTextEdit"),
             QStringLiteral("تدوین آیین‌نامه"));
    pickPerson(find<app::PersonPicker>(window, "responsiblePicker"), QStringLiteral("كاظمي"));
    typeInto(find<QWidget>(window, "deadlineEdit")->findChild<QLineEdit*>(),
             QStringLiteral("۱۴۰۲/۰۲/۳۱"));
    click(window, "addDecisionButton");
    QList<Decision> decisions = storage::DecisionRepository(db).ofMeeting(meeting.id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].text == QStringLiteral("تدوین آیین‌نامه"));
    CHECK(decisions[0].responsibleId == fixture.kazemi);
    CHECK(decisions[0].deadline == QDate(2023, 5, 21));

    // Undo takes the decision back out, redo puts it back; two more undos restore the
    // contributions' first order (undoing the move), and redo moves again.
    window.setFocus();
    undo(window);
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting.id).isEmpty());
    redo(window);
    decisions = storage::DecisionRepository(db).ofMeeting(meeting.id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].deadline == QDate(2023, 5, 21));
    undo(window);
    undo(window);
    CHECK(speakers(db, meeting.id) == QList<Id>{fixture.reghabi, fixture.taheri});
    redo(window);
    CHECK(speakers(db, meeting.id) == QList<Id>{fixture.taheri, fixture.reghabi});
    redo(window);
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting.id).size() == 1);

    // Undoing everything empties the database of the meeting; redoing all brings it back whole.
    QUndoStack* stack = fixture.session().undoStack();
    const int edits = stack->index();
    for (int i = 0; i < edits; ++i)
        stack->undo();
    CHECK(storage::MeetingRepository(db).all().isEmpty());
    for (int i = 0; i < edits; ++i)
        stack->redo();
    meeting = onlyMeeting(db);
    CHECK(meeting.date == QDate(2023, 4, 10));
    CHECK(storage::AttendanceRepository(db).ofMeeting(meeting.id).size() == 3);
    CHECK(speakers(db, meeting.id) == QList<Id>{fixture.taheri, fixture.reghabi});
    CHECK(storage::DecisionRepository(db).ofMeeting(meeting.id).size() == 1);
}

TEST_CASE("A guest is created on the spot and listed as an invited guest")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const Meeting meeting = onlyMeeting(fixture.database());
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::AttendanceTab);
    find<QLineEdit>(window, "guestFamilyEdit")->setFocus();
    typeText(find<QLineEdit>(window, "guestFamilyEdit"),
             QStringLiteral("حاجی زین‌العابدینی"));
    typeText(find<QLineEdit>(window, "guestGivenEdit"), QStringLiteral("محسن"));
    choose(find<QComboBox>(window, "guestTitleCombo"), int(AcademicTitle::Doctor));
    click(window, "addGuestButton");
    const QList<Attendance> attendance =
        storage::AttendanceRepository(fixture.database()).ofMeeting(meeting.id);
    REQUIRE(attendance.size() == 1);
    CHECK(attendance[0].role == AttendanceRole::Guest);
    const auto guest = storage::PersonRepository(fixture.database()).find(attendance[0].personId);
    REQUIRE(guest);
    CHECK(guest->familyName == QStringLiteral("حاجی زین‌العابدینی"));
    CHECK(guest->title == AcademicTitle::Doctor);
    // The new guest can be picked as a speaker at once: the pickers' people were read again.
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    pickPerson(speaker, QStringLiteral("حاجي زين"));
    CHECK(speaker->personId() == guest->id);

    undo(window);
    CHECK(storage::AttendanceRepository(fixture.database()).ofMeeting(meeting.id).isEmpty());
    CHECK_FALSE(storage::PersonRepository(fixture.database()).find(guest->id));
    CHECK_FALSE(fixture.session().people()->ids.contains(guest->id));
}
