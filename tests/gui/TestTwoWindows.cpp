// Two windows on one meeting (two people on one file): the later save of a decision is refused,
// the window says so and offers to apply the change on the new version, and applying it keeps
// both people's edits. On the follow-up board, a change discarded after such a refusal leaves the
// form showing the row as it is now.
#include "GuiFixture.h"
#include "app/followup/DecisionsView.h"
#include "app/meetings/MeetingEditor.h"
#include "storage/ActionItemRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

// The board of `window` with the decision's row chosen and its first action item chosen below.
void showActionItem(app::MainWindow& window, Id decisionId)
{
    window.showPage(app::MainWindow::DecisionsPage);
    app::DecisionsView* board = window.decisionsView();
    board->reload();
    REQUIRE(board->showItem(session::FollowUpItem::Kind::Decision, decisionId));
    auto* items = find<QTableView>(*board, "actionItemsTable");
    REQUIRE(items->model()->rowCount() == 1);
    items->setFocus();
    items->setCurrentIndex(items->model()->index(0, 0));
}

void showDecision(QWidget& window, int row)
{
    find<QTabWidget>(window, "tabs")->setCurrentIndex(app::MeetingEditor::DecisionsTab);
    auto* table = find<QTableView>(window, "decisionTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

TEST_CASE("Two windows on one meeting: the later save is refused and applied again on request")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 1;
    meeting.date = QDate(2023, 4, 10);
    const Id meetingId = storage::MeetingRepository(db).insert(meeting);
    Decision decision;
    decision.meetingId = meetingId;
    decision.text = QStringLiteral("خرید پایگاه‌های اطلاعاتی");
    const Id decisionId = storage::DecisionRepository(db).insert(decision);

    app::MainWindow& mine = fixture.window();
    mine.openMeeting(meetingId);
    showDecision(mine, 0);

    app::MainWindow theirs;
    auto opened = storage::Database::open(fixture.session().path());
    REQUIRE(opened.database);
    theirs.setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    theirs.show();
    theirs.openMeeting(meetingId);
    showDecision(theirs, 0);

    // They mark it done.
    choose(find<QComboBox>(theirs, "followUpCombo"), int(FollowUpState::Done));
    QTest::mouseClick(find<QPushButton>(theirs, "changeDecisionButton"), Qt::LeftButton);
    REQUIRE(storage::DecisionRepository(db).find(decisionId)->followUp == FollowUpState::Done);

    // I, not having seen that, change its text.
    auto* text = find<QLineEdit>(mine, "decisionTextEdit");
    text->setFocus();
    text->selectAll();
    typeText(text,
             QStringLiteral(
                 "خرید پایگاه‌های اطلاعاتی با بودجه مشترک"));
    QTest::mouseClick(find<QPushButton>(mine, "changeDecisionButton"), Qt::LeftButton);
    CHECK(storage::DecisionRepository(db).find(decisionId)->text ==
          QStringLiteral("خرید پایگاه‌های اطلاعاتی"));

    // The window asks, once the undo stack's call has returned.
    QMessageBox* box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = mine.findChild<QMessageBox*>(QStringLiteral("conflictBox"));
        return box && box->isVisible();
    }));
    CHECK_FALSE(box->text().isEmpty());
    CHECK(box->text().contains(db.userName()));
    REQUIRE(fixture.session().pendingConflict());

    SECTION("applying mine again keeps theirs")
    {
        QTest::mouseClick(find<QPushButton>(*box, "applyMineButton"), Qt::LeftButton);
        const Decision both = *storage::DecisionRepository(db).find(decisionId);
        CHECK(both.text ==
              QStringLiteral(
                  "خرید پایگاه‌های اطلاعاتی با بودجه مشترک"));
        CHECK(both.followUp == FollowUpState::Done);
        CHECK_FALSE(fixture.session().pendingConflict());
        // And it is an edit like any other: undo, in my window, takes back mine only.
        mine.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&mine));
        QTest::keyClick(&mine, Qt::Key_Z, Qt::ControlModifier);
        const Decision undone = *storage::DecisionRepository(db).find(decisionId);
        CHECK(undone.text == QStringLiteral("خرید پایگاه‌های اطلاعاتی"));
        CHECK(undone.followUp == FollowUpState::Done);
    }
    SECTION("discarding mine leaves theirs")
    {
        QTest::mouseClick(find<QPushButton>(*box, "discardMineButton"), Qt::LeftButton);
        CHECK_FALSE(fixture.session().pendingConflict());
        const Decision kept = *storage::DecisionRepository(db).find(decisionId);
        CHECK(kept.text == QStringLiteral("خرید پایگاه‌های اطلاعاتی"));
        CHECK(kept.followUp == FollowUpState::Done);
    }
}

TEST_CASE("Two windows on the follow-up board: after my refused change is discarded, the form "
          "shows the action item as it is now")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 1;
    meeting.date = QDate(2023, 4, 10);
    const Id meetingId = storage::MeetingRepository(db).insert(meeting);
    Decision decision;
    decision.meetingId = meetingId;
    decision.text = QStringLiteral("تدوین آیین‌نامه کارگروه‌ها");
    decision.status = DecisionStatus::Approved;
    const Id decisionId = storage::DecisionRepository(db).insert(decision);
    ActionItem item;
    item.meetingId = meetingId;
    item.decisionId = decisionId;
    item.task = QStringLiteral("پیش‌نویس آیین‌نامه");
    const Id itemId = storage::ActionItemRepository(db).insert(item);

    app::MainWindow& mine = fixture.window();
    showActionItem(mine, decisionId);

    app::MainWindow theirs;
    auto opened = storage::Database::open(fixture.session().path());
    REQUIRE(opened.database);
    theirs.setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    theirs.show();
    showActionItem(theirs, decisionId);

    // They give the task new words.
    const QString theirText =
        QStringLiteral("پیش‌نویس آیین‌نامه تا پایان ماه");
    typeInto(find<QLineEdit>(*theirs.decisionsView(), "taskEdit"), theirText);
    REQUIRE(storage::ActionItemRepository(db).find(itemId)->task == theirText);

    // I, not having seen that, give it mine.
    auto* task = find<QLineEdit>(*mine.decisionsView(), "taskEdit");
    REQUIRE(task->text() == QStringLiteral("پیش‌نویس آیین‌نامه"));
    typeInto(task, QStringLiteral("پیش‌نویس آیین‌نامه با نظر اعضا"));
    CHECK(storage::ActionItemRepository(db).find(itemId)->task == theirText);

    QMessageBox* box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = mine.findChild<QMessageBox*>(QStringLiteral("conflictBox"));
        return box && box->isVisible();
    }));
    QTest::mouseClick(find<QPushButton>(*box, "discardMineButton"), Qt::LeftButton);
    CHECK_FALSE(fixture.session().pendingConflict());
    CHECK(storage::ActionItemRepository(db).find(itemId)->task == theirText);
    // The form and the list below the board show their words, not my discarded ones.
    CHECK(task->text() == theirText);
    auto* items = find<QTableView>(*mine.decisionsView(), "actionItemsTable");
    REQUIRE(items->currentIndex().isValid());
    CHECK(items->currentIndex().siblingAtColumn(0).data().toString() == theirText);
    // Saving the form again now changes nothing: it holds the row as it is.
    QTest::keyClick(task, Qt::Key_Return);
    CHECK(storage::ActionItemRepository(db).find(itemId)->task == theirText);
    CHECK_FALSE(fixture.session().pendingConflict());
}
