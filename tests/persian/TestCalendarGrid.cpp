// The Persian wall calendar's shape: Saturday-first weeks and Jalali months in whole weeks.
#include "persian/CalendarGrid.h"
#include "persian/JalaliDate.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::persian;

namespace {

QDate jalali(int year, int month, int day)
{
    const JalaliDate date = JalaliDate::fromYmd(year, month, day);
    REQUIRE(date.isValid());
    return date.toGregorian();
}

} // namespace

TEST_CASE("weeks run from Saturday to Friday", "[persian][calendar]")
{
    // 2023-04-08 was a Saturday (۱۹ فروردین ۱۴۰۲), 2023-04-14 a Friday.
    CHECK(weekdayColumn(QDate(2023, 4, 8)) == 0);
    CHECK(weekdayColumn(QDate(2023, 4, 10)) == 2); // Monday, the seed meeting
    CHECK(weekdayColumn(QDate(2023, 4, 14)) == 6);
    CHECK(weekStart(QDate(2023, 4, 14)) == QDate(2023, 4, 8));
    CHECK(weekStart(QDate(2023, 4, 8)) == QDate(2023, 4, 8));
    CHECK(weekStart(QDate(2023, 4, 15)) == QDate(2023, 4, 15));
}

TEST_CASE("a Jalali month is laid out in five or six whole weeks", "[persian][calendar]")
{
    // Farvardin 1402 began on Tuesday 21 March 2023: three days of Esfand before it.
    const MonthGrid farvardin = monthGrid(1402, 1);
    CHECK(farvardin.first == QDate(2023, 3, 21));
    CHECK(farvardin.last == QDate(2023, 4, 20));
    CHECK(farvardin.gridStart == QDate(2023, 3, 18));
    CHECK(weekdayColumn(farvardin.gridStart) == 0);
    CHECK(farvardin.weeks == 5);
    CHECK(farvardin.gridEnd() == QDate(2023, 4, 21)); // a Friday
    CHECK(farvardin.contains(jalali(1402, 1, 21)));
    CHECK_FALSE(farvardin.contains(jalali(1401, 12, 29)));

    // Ordibehesht 1402 began on Friday: 31 days need six weeks.
    const MonthGrid ordibehesht = monthGrid(1402, 2);
    CHECK(weekdayColumn(ordibehesht.first) == 6);
    CHECK(ordibehesht.weeks == 6);
    CHECK(weekdayColumn(ordibehesht.gridEnd()) == 6);

    // Every month of a few years: the grid holds the month, starts on Saturday, ends on Friday.
    for (int year = 1398; year <= 1404; ++year)
        for (int month = 1; month <= 12; ++month) {
            const MonthGrid grid = monthGrid(year, month);
            INFO(year << "/" << month);
            CHECK((grid.weeks == 5 || grid.weeks == 6));
            CHECK(grid.gridStart <= grid.first);
            CHECK(grid.gridEnd() >= grid.last);
            CHECK(grid.gridStart.daysTo(grid.first) < 7);
            CHECK(grid.last.daysTo(grid.gridEnd()) < 7);
            CHECK(monthGridOf(grid.last).first == grid.first);
        }
    CHECK(monthGrid(1402, 13).weeks == 0);
}

TEST_CASE("moving by Jalali months keeps the day, or takes the month's last", "[persian][calendar]")
{
    CHECK(addJalaliMonths(jalali(1402, 1, 21), 1) == jalali(1402, 2, 21));
    CHECK(addJalaliMonths(jalali(1402, 1, 21), -1) == jalali(1401, 12, 21));
    CHECK(addJalaliMonths(jalali(1402, 6, 31), 1) == jalali(1402, 7, 30));
    CHECK(addJalaliMonths(jalali(1402, 11, 30), 1) == jalali(1402, 12, 29)); // 1402 not leap
    CHECK(addJalaliMonths(jalali(1403, 12, 30), 12) == jalali(1404, 12, 29));
    CHECK(addJalaliMonths(jalali(1402, 12, 29), 13) == jalali(1404, 1, 29));
    CHECK(addJalaliMonths(jalali(1402, 1, 1), -13) == jalali(1400, 12, 1));
}

TEST_CASE("Jalali quarters are the seasons", "[persian][calendar]")
{
    CHECK(jalaliQuarterOf(QDate(2023, 3, 21)) == JalaliQuarter{1402, 1});
    CHECK(jalaliQuarterOf(QDate(2023, 6, 21)) == JalaliQuarter{1402, 1});
    CHECK(jalaliQuarterOf(QDate(2023, 6, 22)) == JalaliQuarter{1402, 2});
    CHECK(jalaliQuarterOf(QDate(2024, 3, 19)) == JalaliQuarter{1402, 4});
    CHECK(firstDayOfQuarter({1402, 3}) == QDate(2023, 9, 23));
    CHECK(jalaliQuartersBetween(QDate(2023, 2, 1), QDate(2023, 7, 1)) ==
          QList<JalaliQuarter>{{1401, 4}, {1402, 1}, {1402, 2}});
    CHECK(jalaliQuartersBetween(QDate(2023, 7, 1), QDate(2023, 2, 1)).isEmpty());
}
