// The Jalali date and time fields: any digit set accepted, impossible days refused with the
// reason shown next to the field, and the last good value kept.
#include "GuiFixture.h"
#include "app/common/JalaliDateEdit.h"
#include "app/common/TimeEdit.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

TEST_CASE("An impossible Jalali date is refused with a visible reason")
{
    app::JalaliDateEdit edit;
    edit.show();
    QApplication::setActiveWindow(&edit);
    QSignalSpy edited(&edit, &app::JalaliDateEdit::dateEdited);
    typeInto(edit.lineEdit(), QStringLiteral("۱۴۰۲/۰۱/۲۱"));
    CHECK(edit.date() == QDate(2023, 4, 10));
    CHECK(edited.size() == 1);

    // 1402 is not a leap year: Esfand has 29 days.
    typeInto(edit.lineEdit(), QStringLiteral("۱۴۰۲/۱۲/۳۰"));
    CHECK(edit.date() == QDate(2023, 4, 10));
    CHECK(edited.size() == 1);
    auto* problem = edit.findChild<QLabel*>(QStringLiteral("problem"));
    REQUIRE(problem);
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    CHECK(edit.problem() == problem->text());

    // 1403 is a leap year: the 30th of Esfand exists, and the message goes away.
    typeInto(edit.lineEdit(), QStringLiteral("1403/12/30"));
    CHECK(edit.date() == QDate(2025, 3, 20));
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("The meeting keeps its date when an impossible one is typed in the editor")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto* date = window.findChild<app::JalaliDateEdit*>(QStringLiteral("dateEdit"));
    REQUIRE(date);
    typeInto(date->lineEdit(), QStringLiteral("1402/01/21"));
    typeInto(date->lineEdit(), QStringLiteral("۱۴۰۲/۱۲/۳۰"));
    CHECK_FALSE(date->problem().isEmpty());
    const QList<Meeting> meetings = storage::MeetingRepository(fixture.database()).all();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].date == QDate(2023, 4, 10));
}

TEST_CASE("Times are read in either digit set, a bad one refused")
{
    app::TimeEdit edit;
    edit.show();
    typeInto(edit.lineEdit(), QStringLiteral("۱۳:۲۰"));
    CHECK(edit.time() == QTime(13, 20));
    typeInto(edit.lineEdit(), QStringLiteral("25:10"));
    CHECK(edit.time() == QTime(13, 20));
    CHECK_FALSE(edit.problem().isEmpty());
}
