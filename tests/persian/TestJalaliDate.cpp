#include "persian/JalaliDate.h"
#include "persian/LocalTime.h"
#include "support/QtCatchPrinters.h"

#include <QCalendar>
#include <memory>
#include <unicode/ucal.h>

using namespace jalaseh::persian;

namespace {

// ICU's "persian" calendar: the second opinion the calendar is checked against.
class IcuPersianCalendar
{
public:
    IcuPersianCalendar()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_calendar.reset(ucal_open(nullptr, -1, "fa_IR@calendar=persian", UCAL_DEFAULT, &status));
        REQUIRE(U_SUCCESS(status));
    }

    QDate toGregorian(int year, int month, int day)
    {
        UErrorCode status = U_ZERO_ERROR;
        ucal_clear(m_calendar.get());
        ucal_setDate(m_calendar.get(), year, month - 1, day, &status);
        const int julianDay = ucal_get(m_calendar.get(), UCAL_JULIAN_DAY, &status);
        REQUIRE(U_SUCCESS(status));
        return QDate::fromJulianDay(julianDay);
    }

    // ICU rolls a day past the month's end over into the next month; the day exists iff not.
    bool exists(int year, int month, int day)
    {
        UErrorCode status = U_ZERO_ERROR;
        ucal_clear(m_calendar.get());
        ucal_setDate(m_calendar.get(), year, month - 1, day, &status);
        return ucal_get(m_calendar.get(), UCAL_DATE, &status) == day;
    }

private:
    struct Closer
    {
        void operator()(UCalendar* calendar) const { ucal_close(calendar); }
    };
    std::unique_ptr<UCalendar, Closer> m_calendar;
};

} // namespace

TEST_CASE("the seed's date is Monday 10 April 2023", "[persian][calendar]")
{
    const JalaliDate date = JalaliDate::fromYmd(1402, 1, 21);
    REQUIRE(date.isValid());
    CHECK(date.toGregorian() == QDate(2023, 4, 10));
    CHECK(date.dayOfWeek() == Qt::Monday);
    CHECK(JalaliDate::fromGregorian(QDate(2023, 4, 10)) == date);
}

TEST_CASE("leap years from 1399 to 1410 agree with ICU", "[persian][calendar]")
{
    IcuPersianCalendar icu;
    QList<int> leapYears;
    for (int year = 1399; year <= 1410; ++year) {
        CAPTURE(year);
        CHECK(JalaliDate::isLeapYear(year) == icu.exists(year, 12, 30));
        if (JalaliDate::isLeapYear(year))
            leapYears.append(year);
    }
    CHECK(leapYears == QList<int>{1399, 1403, 1408});
}

TEST_CASE("the first day of every year from 1200 to 1600 agrees with ICU", "[persian][calendar]")
{
    IcuPersianCalendar icu;
    for (int year = 1200; year <= 1600; ++year) {
        CAPTURE(year);
        REQUIRE(JalaliDate::fromYmd(year, 1, 1).toGregorian() == icu.toGregorian(year, 1, 1));
        REQUIRE(JalaliDate::isLeapYear(year) == icu.exists(year, 12, 30));
    }
}

TEST_CASE("every day from 1395 to 1412 converts both ways as ICU does", "[persian][calendar]")
{
    IcuPersianCalendar icu;
    for (int year = 1395; year <= 1412; ++year) {
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= JalaliDate::daysInMonth(year, month); ++day) {
                const JalaliDate jalali = JalaliDate::fromYmd(year, month, day);
                const QDate gregorian = jalali.toGregorian();
                if (gregorian != icu.toGregorian(year, month, day) ||
                    JalaliDate::fromGregorian(gregorian) != jalali) {
                    FAIL("" << year << "/" << month << "/" << day);
                }
            }
        }
    }
}

TEST_CASE("every month has its length", "[persian][calendar]")
{
    IcuPersianCalendar icu;
    for (const int year : {1402, 1403}) {
        for (int month = 1; month <= 12; ++month) {
            CAPTURE(year, month);
            const int length = JalaliDate::daysInMonth(year, month);
            CHECK(length == (month <= 6 ? 31 : month <= 11 ? 30 : year == 1403 ? 30 : 29));
            CHECK(icu.exists(year, month, length));
            CHECK_FALSE(icu.exists(year, month, length + 1));
            CHECK(JalaliDate::fromYmd(year, month, length).isValid());
            CHECK_FALSE(JalaliDate::fromYmd(year, month, length + 1).isValid());
        }
    }
    CHECK(JalaliDate::daysInMonth(1402, 13) == 0);
}

TEST_CASE("a day that does not exist is refused with the reason", "[persian][calendar]")
{
    QString why;
    CHECK_FALSE(JalaliDate::fromYmd(1402, 12, 30, &why).isValid());
    CHECK(why == QStringLiteral("۱۴۰۲ کبیسه نیست؛ اسفند ۲۹ روز دارد"));
    CHECK(JalaliDate::fromYmd(1403, 12, 30, &why).isValid());
    CHECK_FALSE(JalaliDate::fromYmd(1403, 12, 31, &why).isValid());
    CHECK(why == QStringLiteral("اسفند ۳۰ روز دارد"));
    CHECK_FALSE(JalaliDate::fromYmd(1402, 7, 31, &why).isValid());
    CHECK(why == QStringLiteral("مهر ۳۰ روز دارد"));
    CHECK_FALSE(JalaliDate::fromYmd(1402, 13, 1, &why).isValid());
    CHECK(why == QStringLiteral("ماه ۱۳ وجود ندارد؛ ماه عددی از ۱ تا ۱۲ است"));
    CHECK_FALSE(JalaliDate::fromYmd(1402, 1, 0, &why).isValid());
    CHECK(why ==
          QStringLiteral("روز ۰ وجود ندارد؛ روز از ۱ شروع می‌شود"));
    CHECK_FALSE(JalaliDate::fromYmd(0, 1, 1, &why).isValid());
    CHECK_FALSE(why.isEmpty());
}

TEST_CASE("month and weekday names", "[persian][calendar]")
{
    CHECK(JalaliDate::monthName(1) == QStringLiteral("فروردین"));
    CHECK(JalaliDate::monthName(7) == QStringLiteral("مهر"));
    CHECK(JalaliDate::monthName(12) == QStringLiteral("اسفند"));
    CHECK(JalaliDate::monthName(0).isEmpty());
    CHECK(JalaliDate::weekdayName(Qt::Monday) == QStringLiteral("دوشنبه"));
    CHECK(JalaliDate::weekdayName(Qt::Tuesday) == QStringLiteral("سه‌شنبه"));
    CHECK(JalaliDate::weekdayName(Qt::Friday) == QStringLiteral("جمعه"));
    CHECK(JalaliDate::weekdayName(Qt::Saturday) == QStringLiteral("شنبه"));
    CHECK(JalaliDate::weekdayName(8).isEmpty());
}

TEST_CASE("dates are written with Persian digits and names", "[persian][calendar]")
{
    const QDate seedDay(2023, 4, 10);
    CHECK(formatDate(seedDay) == QStringLiteral("۱۴۰۲/۰۱/۲۱"));
    CHECK(formatDateMedium(seedDay) == QStringLiteral("۲۱ فروردین ۱۴۰۲"));
    CHECK(formatDateLong(seedDay) == QStringLiteral("دوشنبه ۲۱ فروردین ۱۴۰۲"));
    CHECK(formatDate(QDate(2025, 3, 20)) == QStringLiteral("۱۴۰۳/۱۲/۳۰"));
    CHECK(formatDate(QDate()).isEmpty());
    CHECK(formatDateLong(QDate()).isEmpty());
}

TEST_CASE("times are written with Persian digits", "[persian][calendar]")
{
    CHECK(formatTime(QTime(13, 20)) == QStringLiteral("۱۳:۲۰"));
    CHECK(formatTime(QTime(9, 5)) == QStringLiteral("۹:۰۵"));
    CHECK(formatTime(QTime(12, 0)) == QStringLiteral("۱۲:۰۰"));
    CHECK(formatTime(QTime(12, 0), true) == QStringLiteral("۱۲"));
    CHECK(formatTime(QTime(12, 30), true) == QStringLiteral("۱۲:۳۰"));
    CHECK(formatTime(QTime()).isEmpty());
}

TEST_CASE("Qt's Jalali calendar agrees from 1277 to 1435, as the docs say", "[persian][calendar]")
{
    const QCalendar qt(QCalendar::System::Jalali);
    for (int year = 1277; year <= 1435; ++year) {
        CAPTURE(year);
        REQUIRE(qt.dateFromParts(year, 1, 1) == JalaliDate::fromYmd(year, 1, 1).toGregorian());
        REQUIRE(qt.isLeapYear(year) == JalaliDate::isLeapYear(year));
    }
    // Outside that range Qt's 2820-year cycle parts from ICU and from this library.
    CHECK(JalaliDate::isLeapYear(1436));
    CHECK_FALSE(qt.isLeapYear(1436));
}

TEST_CASE("a stored moment is shown in local Jalali date and time", "[jalali]")
{
    // Made as a local time, so that the text is the same whatever the machine's time zone.
    const QDateTime local(QDate(2026, 12, 8), QTime(10, 30), Qt::LocalTime);
    CHECK(formatLocalDateTime(local) == QStringLiteral("۱۴۰۵/۰۹/۱۷ ۱۰:۳۰"));
    // As the database hands it back, in UTC: the same local text.
    CHECK(formatLocalDateTime(local.toUTC()) == QStringLiteral("۱۴۰۵/۰۹/۱۷ ۱۰:۳۰"));
    CHECK(formatLocalDateTime(QDateTime()).isEmpty());
}
