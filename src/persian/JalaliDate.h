#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

namespace jalaseh::persian {

// A day of the Jalali (Solar Hijri) calendar. Stored dates stay Gregorian (QDate); this converts
// for display and input. The arithmetic is ICU's (the 33-year rule: 1399, 1403, 1408 are leap),
// which Qt's QCalendar::System::Jalali matches only from 1277 to 1435; see docs/persian.md.
class JalaliDate
{
public:
    JalaliDate() = default; // invalid
    static JalaliDate fromGregorian(const QDate& date);
    // Invalid when the day does not exist; `whyNot` then gets a Persian sentence naming the reason
    // ("۱۴۰۲ کبیسه نیست؛ اسفند ۲۹ روز دارد", "مهر ۳۰ روز دارد").
    static JalaliDate fromYmd(int year, int month, int day, QString* whyNot = nullptr);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    int dayOfWeek() const; // as QDate: 1 Monday ... 7 Sunday
    QDate toGregorian() const;

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);
    static QString monthName(int month);         // 1 -> "فروردین"
    static QString weekdayName(int qtDayOfWeek); // 1 -> "دوشنبه"

    bool operator==(const JalaliDate&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

// "۱۴۰۲/۰۱/۲۱"; empty for an invalid date.
QString formatDate(const QDate& date);
// "دوشنبه ۲۱ فروردین ۱۴۰۲"
QString formatDateLong(const QDate& date);
// "۲۱ فروردین ۱۴۰۲"
QString formatDateMedium(const QDate& date);
// "۱۳:۲۰"; whole hours as "۱۲" when `dropZeroMinutes` (as the seed writes "از ساعت ۱۲").
QString formatTime(const QTime& time, bool dropZeroMinutes = false);

// What a parser made of typed text: a value, or the Persian reason it was refused.
template <typename T>
struct Parsed
{
    T value;
    QString error; // empty when `value` is good

    bool ok() const { return error.isEmpty(); }
};

// Parses a Jalali date as people type it: year/month/day in Persian, Arabic-Indic or Latin
// digits, separated by / - or ., with or without leading zeros ("1402/1/21", "۱۴۰۲-۰۱-۲۱").
// Two-digit years are refused. Returns the Gregorian QDate.
Parsed<QDate> parseDate(QStringView text);
// Parses "13:20", "۱۳:۲۰", "13.20", "13"; 0-23 hours, 0-59 minutes.
Parsed<QTime> parseTime(QStringView text);

} // namespace jalaseh::persian
