#include "JalaliDate.h"
// Implementation in progress (issue 3).
namespace jalaseh::persian {
JalaliDate JalaliDate::fromGregorian(const QDate&) { return {}; }
JalaliDate JalaliDate::fromYmd(int, int, int, QString*) { return {}; }
int JalaliDate::dayOfWeek() const { return 0; }
QDate JalaliDate::toGregorian() const { return {}; }
bool JalaliDate::isLeapYear(int) { return false; }
int JalaliDate::daysInMonth(int, int) { return 0; }
QString JalaliDate::monthName(int) { return {}; }
QString JalaliDate::weekdayName(int) { return {}; }
QString formatDate(const QDate& date) { return date.toString(Qt::ISODate); }
QString formatDateLong(const QDate& date) { return date.toString(Qt::ISODate); }
QString formatDateMedium(const QDate& date) { return date.toString(Qt::ISODate); }
QString formatTime(const QTime& time, bool) { return time.toString(QStringLiteral("HH:mm")); }
Parsed<QDate> parseDate(QStringView) { return {{}, QStringLiteral("not implemented")}; }
Parsed<QTime> parseTime(QStringView) { return {{}, QStringLiteral("not implemented")}; }
} // namespace jalaseh::persian
