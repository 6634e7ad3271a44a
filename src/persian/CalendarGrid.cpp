#include "CalendarGrid.h"

#include "JalaliDate.h"

#include <algorithm>

namespace jalaseh::persian {

int weekdayColumn(const QDate& date)
{
    // QDate counts Monday 1 ... Sunday 7; Saturday (6) must come out 0.
    return (date.dayOfWeek() + 1) % 7;
}

QDate weekStart(const QDate& date)
{
    return date.addDays(-weekdayColumn(date));
}

MonthGrid monthGrid(int year, int month)
{
    MonthGrid grid;
    const JalaliDate first = JalaliDate::fromYmd(year, month, 1);
    if (!first.isValid())
        return grid;
    grid.year = year;
    grid.month = month;
    grid.first = first.toGregorian();
    grid.last = grid.first.addDays(JalaliDate::daysInMonth(year, month) - 1);
    grid.gridStart = weekStart(grid.first);
    grid.weeks = int((grid.gridStart.daysTo(grid.last) + 7) / 7);
    return grid;
}

MonthGrid monthGridOf(const QDate& date)
{
    const JalaliDate jalali = JalaliDate::fromGregorian(date);
    return monthGrid(jalali.year(), jalali.month());
}

QDate addJalaliMonths(const QDate& date, int months)
{
    const JalaliDate jalali = JalaliDate::fromGregorian(date);
    if (!jalali.isValid())
        return {};
    const int index = jalali.year() * 12 + (jalali.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int day = std::min(jalali.day(), JalaliDate::daysInMonth(year, month));
    return JalaliDate::fromYmd(year, month, day).toGregorian();
}

JalaliQuarter jalaliQuarterOf(const QDate& date)
{
    const auto jalali = JalaliDate::fromGregorian(date);
    return {jalali.year(), (jalali.month() - 1) / 3 + 1};
}

QDate firstDayOfQuarter(const JalaliQuarter& quarter)
{
    return JalaliDate::fromYmd(quarter.year, (quarter.quarter - 1) * 3 + 1, 1).toGregorian();
}

QList<JalaliQuarter> jalaliQuartersBetween(const QDate& from, const QDate& to)
{
    QList<JalaliQuarter> quarters;
    if (!from.isValid() || !to.isValid() || to < from)
        return quarters;
    const JalaliQuarter last = jalaliQuarterOf(to);
    for (JalaliQuarter quarter = jalaliQuarterOf(from); quarter <= last;) {
        quarters.append(quarter);
        quarter = quarter.quarter == 4 ? JalaliQuarter{quarter.year + 1, 1}
                                       : JalaliQuarter{quarter.year, quarter.quarter + 1};
    }
    return quarters;
}

} // namespace jalaseh::persian
