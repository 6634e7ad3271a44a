// Merging a working group through the bodies view: the dialog says who joins and refuses a day
// before the group's last meeting; after the merge both groups show their lineage; undo takes
// it all back and redo makes it again.
#include "GuiFixture.h"
#include "app/bodies/BodiesView.h"
#include "app/bodies/MergeBodyDialog.h"
#include "session/models/BodyListModel.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

// Runs `steps` on the modal dialog that the next action opens (exec() blocks the test).
void whenDialogOpens(const std::function<void(app::MergeBodyDialog&)>& steps)
{
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<app::MergeBodyDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialogOpens(steps); // not shown yet
            return;
        }
        steps(*dialog);
    });
}

void selectBody(app::BodiesView& view, const QString& name)
{
    auto* table = find<QTableView>(view, "table");
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, session::BodyListModel::NameColumn).data() == name) {
            table->setFocus();
            table->setCurrentIndex(table->model()->index(row, 0));
            return;
        }
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(
            table->model()->index(row, session::BodyListModel::NameColumn).data().toString());
    FAIL("no body named " << name.toStdString() << " among "
                          << shown.join(QStringLiteral(", ")).toStdString());
}

QString stateOf(app::BodiesView& view, const QString& name)
{
    auto* table = find<QTableView>(view, "table");
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, session::BodyListModel::NameColumn).data() == name)
            return table->model()
                ->index(row, session::BodyListModel::StateColumn)
                .data()
                .toString();
    return {};
}

} // namespace

TEST_CASE("A working group is merged through the dialog, shows its lineage, and undo unmerges")
{
    GuiFixture fixture;
    storage::Database& db = fixture.database();
    // کارگروه پژوهش: Atefi its lead, Kazemi (already in کارگروه آموزش) a member; it last met on
    // 1402/02/11.
    Body research{.name = QStringLiteral("کارگروه پژوهش")};
    const Id group = storage::BodyRepository(db).insert(research);
    storage::MembershipRepository seats(db);
    Membership lead{.personId = fixture.atefi,
                    .bodyId = group,
                    .role = MembershipRole::Lead,
                    .from = QDate(2021, 1, 1)};
    seats.insert(lead);
    Membership member{.personId = fixture.kazemi, .bodyId = group, .from = QDate(2021, 1, 1)};
    seats.insert(member);
    MeetingSeries series{.name = QStringLiteral("جلسه کارگروه پژوهش"), .bodyId = group};
    storage::MeetingSeriesRepository(db).insert(series);
    Meeting last{.seriesId = series.id, .number = 1, .date = QDate(2023, 5, 1)};
    storage::MeetingRepository(db).insert(last);

    fixture.window().showPage(app::MainWindow::BodiesPage);
    app::BodiesView& view = *fixture.window().bodiesView();
    selectBody(view, QStringLiteral("کارگروه پژوهش"));
    auto* merge = find<QPushButton>(view, "mergeButton");
    REQUIRE(merge->isEnabled());

    QString refusal;
    QString preview;
    whenDialogOpens([&](app::MergeBodyDialog& dialog) {
        dialog.setInto(fixture.workingGroup);
        auto* day = find<QWidget>(dialog, "dateEdit")->findChild<QLineEdit*>();
        auto* ok = find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        typeInto(day, QStringLiteral("1402/01/01")); // before its last meeting
        refusal = find<QLabel>(dialog, "problemLabel")->text();
        CHECK_FALSE(ok->isEnabled());
        CHECK(dialog.isVisible());
        // Enter in the date field reads the day and, the merge being possible, merges.
        typeInto(day, QStringLiteral("1402/07/01"));
        preview = find<QLabel>(dialog, "previewLabel")->text();
        CHECK(find<QLabel>(dialog, "problemLabel")->text().isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
    });
    QTest::mouseClick(merge, Qt::LeftButton);

    CHECK(refusal.contains(QStringLiteral("۱۴۰۲/۰۲/۱۱")));
    // Atefi joins as a member (the group has its own lead); Kazemi is a member already.
    CHECK(preview.contains(QStringLiteral("علی عاطفی ملکی")));
    CHECK(preview.contains(QStringLiteral("own lead")));
    CHECK(preview.contains(QStringLiteral("زهرا کاظمی")));

    const QDate mergeDay(2023, 9, 23); // 1402/07/01
    const Body merged = *storage::BodyRepository(db).find(group);
    CHECK(merged.mergedIntoId == fixture.workingGroup);
    CHECK(merged.mergedOn == mergeDay);
    QList<Membership> joined;
    for (const Membership& seat : seats.ofBody(fixture.workingGroup))
        if (seat.personId == fixture.atefi)
            joined.append(seat);
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].role == MembershipRole::Member);
    CHECK(joined[0].from == mergeDay);
    CHECK(seats.ofBody(fixture.workingGroup).size() == 4);

    // Lineage both ways, in the list and under it.
    CHECK(stateOf(view, QStringLiteral("کارگروه پژوهش")) ==
          QStringLiteral("Merged into کارگروه آموزش on ۱۴۰۲/۰۷/۰۱"));
    CHECK(stateOf(view, QStringLiteral("کارگروه آموزش")) ==
          QStringLiteral("Active; merged from کارگروه پژوهش"));
    selectBody(view, QStringLiteral("کارگروه آموزش"));
    CHECK(find<QLabel>(view, "lineageLabel")
              ->text()
              .contains(QStringLiteral("کارگروه پژوهش (on ۱۴۰۲/۰۷/۰۱)")));
    selectBody(view, QStringLiteral("کارگروه پژوهش"));
    CHECK_FALSE(merge->isEnabled()); // merged once is enough

    // Undo takes the whole merge back; redo makes it again. (The window is active again once the
    // dialog is gone; the offscreen platform needs telling.)
    QApplication::setActiveWindow(&fixture.window());
    QTest::keyClick(&fixture.window(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(storage::BodyRepository(db).find(group)->isMerged());
    CHECK(seats.ofBody(fixture.workingGroup).size() == 3);
    for (const Membership& seat : seats.ofBody(group))
        CHECK(seat.until.isNull());
    CHECK(stateOf(view, QStringLiteral("کارگروه آموزش")) == QStringLiteral("Active"));
    QTest::keyClick(&fixture.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(storage::BodyRepository(db).find(group)->mergedIntoId == fixture.workingGroup);
    CHECK(seats.ofBody(fixture.workingGroup).size() == 4);
}
