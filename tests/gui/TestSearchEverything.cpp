// Search of the whole database from the window (Ctrl+Shift+F): typed with Arabic letters and
// without ZWNJ, it finds what was said and decided, and Enter opens it where it was recorded.
#include "GuiFixture.h"
#include "app/meetings/MeetingEditor.h"
#include "app/people/PeopleView.h"
#include "app/shell/SearchDialog.h"
#include "session/models/SearchResultModel.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

struct Recorded
{
    Id meeting = 0;
    Id contribution = 0;
};

Recorded recordMeeting(GuiFixture& fixture)
{
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.date = QDate(2023, 4, 10);
    meeting.title = QStringLiteral("هم‌اندیشی");
    storage::MeetingRepository(db).insert(meeting);
    Contribution said{
        .meetingId = meeting.id,
        .speakerId = fixture.reghabi,
        .text = QStringLiteral(
            "پیشنهاد ادغام کارگروه‌ها را مطرح کردند.")};
    storage::ContributionRepository(db).insert(said);
    Decision decided;
    decided.meetingId = meeting.id;
    decided.text = QStringLiteral("گزارش کتابخانه‌های عضو ارسال شود");
    storage::DecisionRepository(db).insert(decided);
    fixture.session().notifyChanged(session::Change::Meetings);
    return {meeting.id, said.id};
}

void reactivate(QWidget& window)
{
    QTest::qWait(0);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("Search everything finds what was said however it is typed, and Enter opens it")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    const Recorded recorded = recordMeeting(fixture);

    int hits = -1;
    QString firstKind;
    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::SearchDialog*>(opened);
        if (!dialog)
            return;
        // Arabic kaf and yeh, no ZWNJ: as the seed's author typed.
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                 QStringLiteral("ادغام كارگروهها"));
        hits = dialog->results()->rowCount();
        if (hits > 0)
            firstKind = dialog->results()->index(0, 0).data().toString();
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                        Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    reactivate(window);
    CHECK(hits == 1);
    CHECK(firstKind ==
          session::SearchResultModel::kindName(storage::SearchHit::Kind::Contribution));
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(window.meetingEditor()->meetingId() == recorded.meeting);
    CHECK(find<QTabWidget>(window, "tabs")->currentIndex() ==
          int(app::MeetingEditor::ContributionsTab));
}

TEST_CASE("Search everything says when nothing matches, and a person opens in the people list")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    recordMeeting(fixture);

    QString nothing;
    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::SearchDialog*>(opened);
        if (!dialog)
            return;
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        typeText(edit, QStringLiteral("زرافه"));
        nothing = dialog->findChild<QLabel*>(QStringLiteral("countLabel"))->text();
        edit->clear();
        typeText(edit, QStringLiteral("رقابي"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    reactivate(window);
    CHECK(nothing.contains(QStringLiteral("زرافه")));
    CHECK(window.currentPage() == app::MainWindow::PeoplePage);
    QWidget& people = *window.peopleView();
    CHECK(find<QLineEdit>(people, "searchEdit")->text().startsWith(QStringLiteral("رقابی")));
    auto* table = find<QTableView>(people, "table");
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->currentIndex().row() == 0);
}

TEST_CASE("Search everything finds a meeting by its date as typed, and Enter opens it")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    const Recorded recorded = recordMeeting(fixture); // held on ۱۴۰۲/۰۱/۲۱

    int hits = -1;
    QString firstKind;
    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::SearchDialog*>(opened);
        if (!dialog)
            return;
        // Latin digits, no leading zero, as typed on an English keyboard.
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                 QStringLiteral("1402/1/21"));
        hits = dialog->results()->rowCount();
        if (hits > 0)
            firstKind = dialog->results()->index(0, 0).data().toString();
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                        Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    reactivate(window);
    CHECK(hits == 1);
    CHECK(firstKind == session::SearchResultModel::kindName(storage::SearchHit::Kind::Meeting));
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(window.meetingEditor()->meetingId() == recorded.meeting);
}
