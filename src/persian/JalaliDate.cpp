#include "JalaliDate.h"

#include "Digits.h"

#include <array>

// The calendar arithmetic is the 33-year rule that ICU's "persian" calendar uses. Qt's
// QCalendar::System::Jalali uses Birashk's 2820-year cycle instead; the two agree on every year
// from 1277 to 1435 (1898 to 2057) and differ outside it (Qt makes 1437 leap, ICU and the
// astronomical calendar make 1436 leap). One rule everywhere keeps stored dates, documents and
// tests consistent, so the arithmetic lives here rather than in QCalendar.
namespace jalaseh::persian {

namespace {

constexpr qint64 firstDayOfYearOne = 1948320; // Julian day of 1 Farvardin 1 (ICU's epoch)
constexpr int minYear = 1;
constexpr int maxYear = 9999;
constexpr std::array<int, 12> daysBeforeMonth = {0,   31,  62,  93,  124, 155,
                                                 186, 216, 246, 276, 306, 336};

qint64 floorDivide(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1
                                                                                  : quotient;
}

qint64 julianDayOfNowruz(qint64 year)
{
    return firstDayOfYearOne + 365 * (year - 1) + floorDivide(8 * year + 21, 33);
}

const std::array<QString, 12>& monthNames()
{
    static const std::array<QString, 12> names = {
        QStringLiteral("فروردین"), QStringLiteral("اردیبهشت"), QStringLiteral("خرداد"),
        QStringLiteral("تیر"),     QStringLiteral("مرداد"),    QStringLiteral("شهریور"),
        QStringLiteral("مهر"),     QStringLiteral("آبان"),     QStringLiteral("آذر"),
        QStringLiteral("دی"),      QStringLiteral("بهمن"),     QStringLiteral("اسفند")};
    return names;
}

// Indexed by QDate's day of week minus one (Monday first). Spelled as ICU/CLDR spell them.
const std::array<QString, 7>& weekdayNames()
{
    static const std::array<QString, 7> names = {
        QStringLiteral("دوشنبه"),   QStringLiteral("سه‌شنبه"),
        QStringLiteral("چهارشنبه"), QStringLiteral("پنجشنبه"),
        QStringLiteral("جمعه"),     QStringLiteral("شنبه"),
        QStringLiteral("یکشنبه")};
    return names;
}

QString twoDigits(int value)
{
    return toPersianDigits(QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')));
}

} // namespace

JalaliDate JalaliDate::fromGregorian(const QDate& date)
{
    if (!date.isValid())
        return {};
    const qint64 daysSinceEpoch = date.toJulianDay() - firstDayOfYearOne;
    const qint64 year = 1 + floorDivide(33 * daysSinceEpoch + 3, 12053);
    if (year < minYear || year > maxYear)
        return {};
    const int dayOfYear = int(date.toJulianDay() - julianDayOfNowruz(year)); // 0-based
    const int monthIndex = dayOfYear < 216 ? dayOfYear / 31 : (dayOfYear - 6) / 30;
    JalaliDate result;
    result.m_year = int(year);
    result.m_month = monthIndex + 1;
    result.m_day = dayOfYear - daysBeforeMonth[monthIndex] + 1;
    return result;
}

JalaliDate JalaliDate::fromYmd(int year, int month, int day, QString* whyNot)
{
    QString reason;
    if (year < minYear || year > maxYear) {
        reason = QStringLiteral("سال %1 پذیرفته نیست؛ سالی از %2 تا %3 بنویسید")
                     .arg(formatNumber(year), formatNumber(minYear), formatNumber(maxYear));
    } else if (month < 1 || month > 12) {
        reason =
            QStringLiteral("ماه %1 وجود ندارد؛ ماه عددی از ۱ تا ۱۲ است").arg(formatNumber(month));
    } else if (day < 1) {
        reason =
            QStringLiteral("روز %1 وجود ندارد؛ روز از ۱ شروع می‌شود")
                .arg(formatNumber(day));
    } else if (day > daysInMonth(year, month)) {
        const QString length = QStringLiteral("%1 %2 روز دارد")
                                   .arg(monthName(month), formatNumber(daysInMonth(year, month)));
        reason = (month == 12 && !isLeapYear(year) && day <= 30)
                     ? QStringLiteral("%1 کبیسه نیست؛ %2").arg(formatNumber(year), length)
                     : length;
    }
    if (!reason.isEmpty()) {
        if (whyNot)
            *whyNot = reason;
        return {};
    }
    JalaliDate result;
    result.m_year = year;
    result.m_month = month;
    result.m_day = day;
    return result;
}

int JalaliDate::dayOfWeek() const
{
    return isValid() ? toGregorian().dayOfWeek() : 0;
}

QDate JalaliDate::toGregorian() const
{
    if (!isValid())
        return {};
    return QDate::fromJulianDay(julianDayOfNowruz(m_year) + daysBeforeMonth[m_month - 1] + m_day -
                                1);
}

bool JalaliDate::isLeapYear(int year)
{
    const qint64 remainder = qint64(25) * year + 11 - 33 * floorDivide(qint64(25) * year + 11, 33);
    return remainder < 8;
}

int JalaliDate::daysInMonth(int year, int month)
{
    if (month < 1 || month > 12)
        return 0;
    if (month <= 6)
        return 31;
    if (month <= 11)
        return 30;
    return isLeapYear(year) ? 30 : 29;
}

QString JalaliDate::monthName(int month)
{
    return (month >= 1 && month <= 12) ? monthNames()[month - 1] : QString();
}

QString JalaliDate::weekdayName(int qtDayOfWeek)
{
    return (qtDayOfWeek >= 1 && qtDayOfWeek <= 7) ? weekdayNames()[qtDayOfWeek - 1] : QString();
}

QString formatDate(const QDate& date)
{
    const JalaliDate jalali = JalaliDate::fromGregorian(date);
    if (!jalali.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(formatNumber(jalali.year()), twoDigits(jalali.month()), twoDigits(jalali.day()));
}

QString formatDateMedium(const QDate& date)
{
    const JalaliDate jalali = JalaliDate::fromGregorian(date);
    if (!jalali.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(formatNumber(jalali.day()), JalaliDate::monthName(jalali.month()),
             formatNumber(jalali.year()));
}

QString formatDateLong(const QDate& date)
{
    const QString medium = formatDateMedium(date);
    if (medium.isEmpty())
        return {};
    return JalaliDate::weekdayName(date.dayOfWeek()) + QLatin1Char(' ') + medium;
}

QString formatTime(const QTime& time, bool dropZeroMinutes)
{
    if (!time.isValid())
        return {};
    if (dropZeroMinutes && time.minute() == 0)
        return formatNumber(time.hour());
    return formatNumber(time.hour()) + QLatin1Char(':') + twoDigits(time.minute());
}

} // namespace jalaseh::persian
