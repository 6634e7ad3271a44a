#pragma once

#include "core/BodyActivity.h"

#include <QDate>
#include <QList>

// The shape of a Persian wall calendar: weeks from Saturday (شنبه) to Friday (جمعه, the
// weekend), Jalali months laid out in whole weeks.
namespace jalaseh::persian {

// 0 for Saturday ... 6 for Friday.
int weekdayColumn(const QDate& date);
// The Saturday on or before `date`.
QDate weekStart(const QDate& date);

// The weeks that hold a Jalali month: from the Saturday on or before its first day, `weeks` rows
// of seven days (five or six; four never, as no month is shorter than 29 days).
struct MonthGrid
{
    int year = 0;
    int month = 0;
    QDate first;     // the month's first day
    QDate last;      // its last day
    QDate gridStart; // a Saturday
    int weeks = 0;

    QDate gridEnd() const { return gridStart.addDays(7 * weeks - 1); }
    bool contains(const QDate& date) const { return date >= first && date <= last; }
};
// Invalid (weeks 0) when the month does not exist.
MonthGrid monthGrid(int year, int month);
// The grid of the Jalali month that holds `date`.
MonthGrid monthGridOf(const QDate& date);

// `date` moved by whole Jalali months; a day the target month lacks becomes its last
// (۳۱ شهریور + 1 month -> ۳۰ مهر; ۳۰ اسفند ۱۴۰۳ + 12 months -> ۲۹ اسفند ۱۴۰۴).
QDate addJalaliMonths(const QDate& date, int months);

// The Jalali season (quarter) of `date`: spring is months 1 to 3 of its year.
JalaliQuarter jalaliQuarterOf(const QDate& date);
// The first day of a Jalali quarter.
QDate firstDayOfQuarter(const JalaliQuarter& quarter);
// Every quarter from the one of `from` to the one of `to`; empty when `to` is before `from`.
QList<JalaliQuarter> jalaliQuartersBetween(const QDate& from, const QDate& to);

} // namespace jalaseh::persian
