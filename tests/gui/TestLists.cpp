// The lists filter as one types, through the Persian search key: Arabic letters find Persian
// records; names are in Persian order.
#include "GuiFixture.h"
#include "app/bodies/BodiesView.h"
#include "app/meetings/MeetingsView.h"
#include "app/people/PeopleView.h"
#include "session/models/BodyListModel.h"
#include "session/models/MeetingListModel.h"
#include "session/models/PersonListModel.h"
#include "session/models/SearchFilterModel.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

TEST_CASE("Typing with the Arabic kaf finds the Persian working group")
{
    GuiFixture fixture;
    fixture.window().showPage(app::MainWindow::BodiesPage);
    app::BodiesView* view = fixture.window().bodiesView();
    auto* table = view->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 2);
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    typeText(search, QStringLiteral("كارگروه")); // ARABIC LETTER KAF
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("کارگروه آموزش"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("People are listed in Persian order and found with Arabic yeh")
{
    GuiFixture fixture;
    fixture.window().showPage(app::MainWindow::PeoplePage);
    app::PeopleView* view = fixture.window().peopleView();
    auto* table = view->findChild<QTableView*>(QStringLiteral("table"));
    QStringList families;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        families.append(
            table->model()->index(row, session::PersonListModel::FamilyColumn).data().toString());
    // ر ط ع غ ک: Persian alphabetical order.
    CHECK(families == QStringList{QStringLiteral("رقابی"), QStringLiteral("طاهری"),
                                  QStringLiteral("عاطفی ملکی"), QStringLiteral("غزنوی"),
                                  QStringLiteral("کاظمی")});
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    typeText(search, QStringLiteral("كاظمي"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, session::PersonListModel::FamilyColumn).data().toString() ==
          QStringLiteral("کاظمی"));
}

TEST_CASE("Meetings are listed newest first and found by their Jalali date in any digits")
{
    GuiFixture fixture;
    storage::MeetingRepository meetings(fixture.database());
    for (int number = 1; number <= 3; ++number) {
        Meeting meeting;
        meeting.seriesId = fixture.series;
        meeting.number = number;
        meeting.date = QDate(2023, 4, 10).addDays(7 * (number - 1));
        meetings.insert(meeting);
    }
    fixture.window().meetingsView()->reload();
    auto* table = fixture.window().meetingsView()->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table->model()->rowCount() == 3);
    CHECK(table->model()->index(0, session::MeetingListModel::DateColumn).data().toString() ==
          QStringLiteral("۱۴۰۲/۰۲/۰۴"));
    auto* search =
        fixture.window().meetingsView()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    typeText(search, QStringLiteral("1402/01/21"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, session::MeetingListModel::NumberColumn).data().toString() ==
          QStringLiteral("۱"));
}
