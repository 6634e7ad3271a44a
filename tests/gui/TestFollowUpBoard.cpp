// The follow-up board as a working-group lead uses it: overdue first, filtered by person and by
// typing, a decision marked done by keyboard and the mark undone, an action item added below a
// decision with a Jalali deadline; and, in the meeting editor, a deferred decision taken up by
// the next meeting of the series.
#include "GuiFixture.h"
#include "app/common/PersonPicker.h"
#include "app/common/PrintPreview.h"
#include "app/followup/DecisionsView.h"
#include "app/meetings/CarriedOverPanel.h"
#include "app/meetings/MeetingEditor.h"
#include "persian/JalaliDate.h"
#include "report/DocumentWriter.h"
#include "report/TableDocument.h"
#include "session/models/ActionItemListModel.h"
#include "session/models/CarriedOverListModel.h"
#include "session/models/FollowUpListModel.h"
#include "storage/ActionItemRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

const QDate today = QDate::currentDate();

struct Board
{
    GuiFixture fixture;
    Id first = 0;  // meeting no. 1 of the leads' series, 1402/01/21
    Id second = 0; // no. 2, 1402/02/25
    Id rules = 0;  // decision: responsible Kazemi, due in 20 days
    Id report = 0; // decision: responsible Taheri, 5 days late
    Id merger = 0; // decision deferred at the first meeting, taken up at the second
    Id draft = 0;  // action item of `rules`, owner Reghabi, a day late, in progress

    Board()
    {
        storage::Database& db = fixture.database();
        first = meeting(1, QDate(2023, 4, 10));
        second = meeting(2, QDate(2023, 5, 15));
        storage::DecisionRepository decisions(db);
        rules =
            decision(first, QStringLiteral("تدوین آیین‌نامه کارگروه‌ها"),
                     fixture.kazemi, today.addDays(20));
        report = decision(first, QStringLiteral("گزارش سالانه به کمیته راهبری"), fixture.taheri,
                          today.addDays(-5));
        Decision deferred{.meetingId = first,
                          .text = QStringLiteral("ادغام کارگروه‌ها"),
                          .status = DecisionStatus::Deferred,
                          .reviewedInMeetingIds = {second}};
        merger = decisions.insert(deferred);
        Decision done{.meetingId = first,
                      .text = QStringLiteral("ساخت کانال شبکه"),
                      .deadline = today.addDays(-30),
                      .followUp = FollowUpState::Done};
        decisions.insert(done);
        storage::ActionItemRepository items(db);
        ActionItem late{.meetingId = first,
                        .decisionId = rules,
                        .task = QStringLiteral("پیش‌نویس آیین‌نامه"),
                        .ownerId = fixture.reghabi,
                        .deadline = today.addDays(-1),
                        .state = FollowUpState::InProgress};
        draft = items.insert(late);
        ActionItem finished{.meetingId = first,
                            .decisionId = rules,
                            .task = QStringLiteral("جمع‌آوری نمونه‌ها"),
                            .state = FollowUpState::Done};
        items.insert(finished);
        fixture.window().showPage(app::MainWindow::DecisionsPage);
    }

    Id meeting(int number, QDate date)
    {
        Meeting meeting{.seriesId = fixture.series, .number = number, .date = date};
        return storage::MeetingRepository(fixture.database()).insert(meeting);
    }

    Id decision(Id meeting, const QString& text, Id responsible, QDate deadline)
    {
        Decision decision{
            .meetingId = meeting, .text = text, .responsibleId = responsible, .deadline = deadline};
        return storage::DecisionRepository(fixture.database()).insert(decision);
    }

    app::DecisionsView& view() { return *fixture.window().decisionsView(); }
    QTableView* table() { return find<QTableView>(view(), "table"); }

    QStringList texts()
    {
        QStringList shown;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            shown.append(table()->model()->index(row, 0).data().toString());
        return shown;
    }

    QString cell(int row, int column)
    {
        return table()->model()->index(row, column).data().toString();
    }

    void select(const QString& text)
    {
        const int row = int(texts().indexOf(text));
        INFO("row " << text.toStdString());
        REQUIRE(row >= 0);
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(row, 0));
    }

    Decision stored(Id id) { return *storage::DecisionRepository(fixture.database()).find(id); }
};

} // namespace

TEST_CASE("The board lists open decisions and action items, overdue first, marked")
{
    Board board;
    // Five days late, a day late; then by deadline; without one last. Done ones are not here.
    CHECK(board.texts() ==
          QStringList{QStringLiteral("گزارش سالانه به کمیته راهبری"),
                      QStringLiteral("پیش‌نویس آیین‌نامه"),
                      QStringLiteral("تدوین آیین‌نامه کارگروه‌ها"),
                      QStringLiteral("ادغام کارگروه‌ها")});
    QAbstractItemModel* rows = board.table()->model();
    CHECK(rows->index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(rows->index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(rows->index(2, 0).data(Qt::BackgroundRole).isValid());
    CHECK(board.cell(1, session::FollowUpListModel::KindColumn) == QStringLiteral("Action item"));
    CHECK(board.cell(3, session::FollowUpListModel::KindColumn) ==
          QStringLiteral("Decision (deferred)"));
    CHECK(board.cell(0, session::FollowUpListModel::DeadlineColumn)
              .contains(QStringLiteral("(۵ days late)")));
    // An action item in progress past its deadline is overdue, and says what it was marked.
    CHECK(board.cell(1, session::FollowUpListModel::StateColumn) ==
          QStringLiteral("Overdue (marked In progress)"));
    CHECK(
        board.cell(0, session::FollowUpListModel::MeetingColumn) ==
        QStringLiteral("نشست راهبران کارگروه‌ها no. ۱, ۱۴۰۲/۰۱/۲۱"));
    // The deferred decision shows the meeting that took it up again.
    CHECK(board.cell(3, session::FollowUpListModel::ReviewsColumn) ==
          QStringLiteral("no. ۲ (۱۴۰۲/۰۲/۲۵)"));
    CHECK(find<QLabel>(board.view(), "countLabel")->text() ==
          QStringLiteral("۴ of ۴ shown, ۲ overdue"));
}

TEST_CASE("The board prints as shown: its rows in its order, on the PDF's pages")
{
    Board board;
    choose(find<QComboBox>(board.view(), "stateCombo"), int(FollowUpState::Overdue));
    REQUIRE(board.texts().size() == 2);
    const report::TableDocument document = board.view().document();
    CHECK(document.rowCount() == 2);
    CHECK(document.title() == QStringLiteral("Follow-up of decisions"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("board.pdf"));
    report::DocumentWriter::forFormat(report::DocumentFormat::Pdf)->writeFile(document, path);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("سالانه"))); // a wrapped cell reads back word by word
    CHECK(text.contains(QStringLiteral("طاهری")));
    CHECK_FALSE(text.contains(QStringLiteral("ادغام کارگروه‌ها"))); // filtered out

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pdfPages = 0;
    {
        QPdfWriter pdf(&buffer);
        pdfPages = document.paintPages(pdf);
    }
    std::unique_ptr<QPrintPreviewDialog> preview = board.view().printPreview();
    REQUIRE(preview);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    CHECK(app::PrintPreview::pageCount(*preview) == pdfPages);
    preview->close();
}

TEST_CASE("The board filters by person responsible, by state and as one types")
{
    Board board;
    auto* person = find<QComboBox>(board.view(), "personCombo");
    choose(person, int(board.fixture.kazemi));
    CHECK(board.texts() ==
          QStringList{QStringLiteral("تدوین آیین‌نامه کارگروه‌ها")});
    choose(person, 0); // nobody responsible
    CHECK(board.texts() == QStringList{QStringLiteral("ادغام کارگروه‌ها")});
    choose(person, -1);
    choose(find<QComboBox>(board.view(), "stateCombo"), int(FollowUpState::Overdue));
    CHECK(board.texts().size() == 2);
    choose(find<QComboBox>(board.view(), "stateCombo"), -1);

    // Arabic kaf and yeh, no ZWNJ: still found.
    auto* search = find<QLineEdit>(board.view(), "searchEdit");
    search->setFocus();
    typeText(search, QStringLiteral("آيين نامه"));
    CHECK(board.texts() ==
          QStringList{QStringLiteral("پیش‌نویس آیین‌نامه"),
                      QStringLiteral("تدوین آیین‌نامه کارگروه‌ها")});
    search->clear();
    // Everything of 1402, the year of both meetings: the done ones too.
    choose(find<QComboBox>(board.view(), "scopeCombo"), 1402);
    CHECK(board.texts().size() == 6);
    CHECK(board.texts().last() == QStringLiteral("جمع‌آوری نمونه‌ها"));
}

TEST_CASE("A decision is marked done by keyboard and the mark is undone")
{
    Board board;
    board.select(QStringLiteral("گزارش سالانه به کمیته راهبری"));
    QTest::keyClick(board.table(), Qt::Key_D, Qt::ControlModifier);
    CHECK(board.stored(board.report).followUp == FollowUpState::Done);
    // Done leaves the board; the next row is selected, ready for the next key.
    CHECK_FALSE(board.texts().contains(QStringLiteral("گزارش سالانه به کمیته راهبری")));
    REQUIRE(board.view().currentItem());
    CHECK(board.view().currentItem()->id() == board.draft);

    QTest::keyClick(&board.fixture.window(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(board.stored(board.report).followUp == FollowUpState::Open);
    CHECK(board.texts().first() == QStringLiteral("گزارش سالانه به کمیته راهبری"));

    // Ctrl+I on the action item, and the button on a decision.
    board.select(QStringLiteral("تدوین آیین‌نامه کارگروه‌ها"));
    QTest::mouseClick(find<QPushButton>(board.view(), "inProgressButton"), Qt::LeftButton);
    CHECK(board.stored(board.rules).followUp == FollowUpState::InProgress);
    board.select(QStringLiteral("پیش‌نویس آیین‌نامه"));
    QTest::keyClick(board.table(), Qt::Key_D, Qt::ControlModifier);
    CHECK(storage::ActionItemRepository(board.fixture.database()).find(board.draft)->state ==
          FollowUpState::Done);
}

TEST_CASE("An action item with a Jalali deadline is added below its decision, and undone")
{
    Board board;
    board.select(QStringLiteral("تدوین آیین‌نامه کارگروه‌ها"));
    auto* items = find<QTableView>(board.view(), "actionItemsTable");
    CHECK(items->model()->rowCount() == 2); // the one in progress and the one done

    pickPerson(find<app::PersonPicker>(board.view(), "ownerPicker"), QStringLiteral("عاطفي"));
    typeInto(find<QWidget>(board.view(), "itemDeadlineEdit")->findChild<QLineEdit*>(),
             QStringLiteral("۱۴۱۰/۰۱/۱۵"));
    typeInto(find<QLineEdit>(board.view(), "taskEdit"),
             QStringLiteral("ارسال آیین‌نامه به اعضا")); // Enter adds it

    const QList<ActionItem> stored =
        storage::ActionItemRepository(board.fixture.database()).ofMeeting(board.first);
    REQUIRE(stored.size() == 3);
    const ActionItem& added = stored.last();
    CHECK(added.task == QStringLiteral("ارسال آیین‌نامه به اعضا"));
    CHECK(added.decisionId == board.rules);
    CHECK(added.ownerId == board.fixture.atefi);
    CHECK(added.deadline == persian::JalaliDate::fromYmd(1410, 1, 15).toGregorian());
    REQUIRE(items->model()->rowCount() == 3);
    CHECK(items->model()->index(2, 0).data().toString() ==
          QStringLiteral("ارسال آیین‌نامه به اعضا"));
    // The form is empty again for the next one.
    CHECK(find<QLineEdit>(board.view(), "taskEdit")->text().isEmpty());
    CHECK_FALSE(find<QPushButton>(board.view(), "changeItemButton")->isEnabled());
    CHECK(board.texts().contains(QStringLiteral("ارسال آیین‌نامه به اعضا")));
    // The decision stays selected.
    CHECK(board.view().currentItem()->id() == board.rules);

    // Chosen in the list, it fills the form; its state is changed there. Then undo the edits.
    items->setFocus();
    items->setCurrentIndex(items->model()->index(2, 0));
    CHECK(find<QLineEdit>(board.view(), "taskEdit")->text() ==
          QStringLiteral("ارسال آیین‌نامه به اعضا"));
    choose(find<QComboBox>(board.view(), "itemStateCombo"), int(FollowUpState::InProgress));
    QTest::mouseClick(find<QPushButton>(board.view(), "changeItemButton"), Qt::LeftButton);
    CHECK(storage::ActionItemRepository(board.fixture.database()).find(added.id)->state ==
          FollowUpState::InProgress);
    // Enter in the task field saves the chosen item; it adds no second one.
    typeInto(find<QLineEdit>(board.view(), "taskEdit"),
             QStringLiteral("ارسال آیین‌نامه به همه‌ی اعضا"));
    CHECK(storage::ActionItemRepository(board.fixture.database()).find(added.id)->task ==
          QStringLiteral("ارسال آیین‌نامه به همه‌ی اعضا"));
    CHECK(storage::ActionItemRepository(board.fixture.database()).ofMeeting(board.first).size() ==
          3);
    for (int edit = 0; edit < 3; ++edit)
        QTest::keyClick(&board.fixture.window(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(storage::ActionItemRepository(board.fixture.database()).ofMeeting(board.first).size() ==
          2);
    CHECK_FALSE(
        board.texts().contains(QStringLiteral("ارسال آیین‌نامه به اعضا")));
}

TEST_CASE("The next meeting of the series takes up a deferred decision in the editor")
{
    Board board;
    storage::Database& db = board.fixture.database();
    Decision pending{.meetingId = board.first,
                     .text = QStringLiteral("خرید پایگاه اطلاعاتی"),
                     .status = DecisionStatus::Deferred};
    const Id deferred = storage::DecisionRepository(db).insert(pending);
    const Id third = board.meeting(3, QDate(2023, 6, 20));
    board.fixture.window().openMeeting(third);
    // On the decisions tab, where the secretary sees the panel.
    board.fixture.window().meetingEditor()->showTab(app::MeetingEditor::DecisionsTab);
    app::CarriedOverPanel* panel = board.fixture.window().meetingEditor()->carriedOver();
    // Both deferred decisions of meeting 1 come back to meeting 3.
    REQUIRE(panel->model()->rowCount() == 2);
    const int row = panel->model()->rowOf(deferred);
    REQUIRE(row >= 0);
    CHECK(panel->model()->index(row, session::CarriedOverListModel::FromColumn).data().toString() ==
          QStringLiteral("no. ۱, ۱۴۰۲/۰۱/۲۱"));
    CHECK(panel->model()->index(row, session::CarriedOverListModel::HereColumn).data().toString() ==
          QStringLiteral("To review"));

    panel->table()->setCurrentIndex(panel->model()->index(row, 0));
    choose(find<QComboBox>(*panel, "carriedOutcomeCombo"), int(DecisionStatus::Approved));
    QTest::mouseClick(find<QPushButton>(*panel, "recordReviewButton"), Qt::LeftButton);
    Decision taken = board.stored(deferred);
    CHECK(taken.status == DecisionStatus::Approved);
    CHECK(taken.reviewedInMeetingIds == QList<Id>{third});
    // Still listed here (this meeting took it up), marked so.
    const int after = panel->model()->rowOf(deferred);
    REQUIRE(after >= 0);
    CHECK(
        panel->model()->index(after, session::CarriedOverListModel::HereColumn).data().toString() ==
        QStringLiteral("Taken up"));

    QTest::keyClick(&board.fixture.window(), Qt::Key_Z, Qt::ControlModifier);
    taken = board.stored(deferred);
    CHECK(taken.status == DecisionStatus::Deferred);
    CHECK(taken.reviewedInMeetingIds.isEmpty());
}
