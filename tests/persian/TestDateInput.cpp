#include "persian/JalaliDate.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh::persian;

namespace {

const QDate seedDay(2023, 4, 10); // 1402/01/21

QDate dateOf(QStringView text)
{
    const Parsed<QDate> parsed = parseDate(text);
    INFO(parsed.error.toStdString());
    CHECK(parsed.ok());
    return parsed.value;
}

QString refusal(QStringView text)
{
    const Parsed<QDate> parsed = parseDate(text);
    CHECK_FALSE(parsed.ok());
    CHECK_FALSE(parsed.value.isValid());
    return parsed.error;
}

} // namespace

TEST_CASE("a date is read in any digit set and with any separator", "[persian][input]")
{
    for (const char16_t* typed :
         {u"1402/01/21", u"1402/1/21", u"۱۴۰۲/۰۱/۲۱", u"۱۴۰۲/۱/۲۱", u"١٤٠٢/٠١/٢١", u"1402-01-21",
          u"1402.1.21", u"۱۴۰۲-۱-۲۱", u" 1402 / 01 / 21 ", u"1402٫01٫21", u"1402 01 21",
          u"۱۴۰۲/01/٢١"}) {
        CAPTURE(QString::fromUtf16(typed).toStdString());
        CHECK(dateOf(typed) == seedDay);
    }
}

TEST_CASE("a date written day first, as the seed writes it, is read", "[persian][input]")
{
    CHECK(dateOf(u"21/01/1402") == seedDay);
    CHECK(dateOf(u"۲۱-۱-۱۴۰۲") == seedDay);
}

TEST_CASE("a date written with the month's name is read", "[persian][input]")
{
    CHECK(dateOf(u"۲۱ فروردین ۱۴۰۲") == seedDay);
    CHECK(dateOf(u"دوشنبه ۲۱ فروردین ۱۴۰۲") == seedDay);
    CHECK(dateOf(u"دوشنبه، 21 فروردين‌ماه 1402") == seedDay);
    CHECK(dateOf(u"۳۰ اسفند ۱۴۰۳") == QDate(2025, 3, 20));
    CHECK(dateOf(u"1 آبان 1402") == QDate(2023, 10, 23));
    CHECK(dateOf(u"۱ ابان ۱۴۰۲ ه.ش") == QDate(2023, 10, 23));
    // What the formatter writes, the parser reads.
    for (QDate day(2024, 3, 15); day < QDate(2024, 4, 5); day = day.addDays(1)) {
        CHECK(dateOf(formatDateLong(day)) == day);
        CHECK(dateOf(formatDateMedium(day)) == day);
        CHECK(dateOf(formatDate(day)) == day);
    }
}

TEST_CASE("a weekday that does not match the date is refused", "[persian][input]")
{
    CHECK(
        refusal(u"سه‌شنبه ۲۱ فروردین ۱۴۰۲") ==
        QStringLiteral("۲۱ فروردین ۱۴۰۲ دوشنبه است، نه سه‌شنبه"));
}

TEST_CASE("a date that does not exist is refused with the reason", "[persian][input]")
{
    CHECK(refusal(u"1402/12/30") == QStringLiteral("۱۴۰۲ کبیسه نیست؛ اسفند ۲۹ روز دارد"));
    CHECK(refusal(u"۱۴۰۲/۰۷/۳۱") == QStringLiteral("مهر ۳۰ روز دارد"));
    CHECK(refusal(u"1402/13/01") == QStringLiteral("ماه ۱۳ وجود ندارد؛ ماه عددی از ۱ تا ۱۲ است"));
    CHECK(refusal(u"1402/01/00") ==
          QStringLiteral("روز ۰ وجود ندارد؛ روز از ۱ شروع می‌شود"));
    CHECK(refusal(u"۳۰ اسفند ۱۴۰۲") == QStringLiteral("۱۴۰۲ کبیسه نیست؛ اسفند ۲۹ روز دارد"));
    CHECK(parseDate(u"1403/12/30").ok());
}

TEST_CASE("two-digit and three-digit years are refused", "[persian][input]")
{
    const QString twoDigits = refusal(u"02/01/21");
    CHECK(twoDigits.contains(QStringLiteral("دورقمی")));
    CHECK(refusal(u"21/1/02") == twoDigits);
    CHECK(refusal(u"402/01/21").contains(QStringLiteral("چهار رقم")));
    CHECK(refusal(u"0402/01/21").contains(QStringLiteral("چهار رقم")));
    CHECK(refusal(u"۲۱ فروردین ۰۲").contains(QStringLiteral("چهار رقم")));
}

TEST_CASE("a Gregorian-looking year is refused", "[persian][input]")
{
    CHECK(
        refusal(u"2023/04/10") ==
        QStringLiteral(
            "سال ۲۰۲۳ میلادی به نظر می‌رسد؛ تاریخ را شمسی بنویسید، مانند ۱۴۰۲/۰۱/۲۱"));
}

TEST_CASE("text that is not a date is refused, never guessed", "[persian][input]")
{
    const QString formatHelp = QStringLiteral("تاریخ را به شکل ۱۴۰۲/۰۱/۲۱ بنویسید");
    for (const char16_t* typed :
         {u"1402/01", u"1402/01/21/5", u"1402//01/21", u"1402/01/21x", u"فردا", u"۲۱ فروردین",
          u"1402/001/21", u"14020/01/21", u"1402/01/021", u"/01/21", u"1402/01/-21"}) {
        CAPTURE(QString::fromUtf16(typed).toStdString());
        CHECK(refusal(typed) == formatHelp);
    }
    CHECK(refusal(u"   ").contains(QStringLiteral("نوشته نشده")));
}

TEST_CASE("a time is read in any digit set", "[persian][input]")
{
    for (const char16_t* typed :
         {u"13:20", u"۱۳:۲۰", u"١٣:٢٠", u"13.20", u"۱۳.۲۰", u" 13:20 ", u"ساعت ۱۳:۲۰", u"13٫20"}) {
        const Parsed<QTime> parsed = parseTime(typed);
        CAPTURE(QString::fromUtf16(typed).toStdString(), parsed.error.toStdString());
        CHECK(parsed.ok());
        CHECK(parsed.value == QTime(13, 20));
    }
    CHECK(parseTime(u"12").value == QTime(12, 0));
    CHECK(parseTime(u"۹:۰۵").value == QTime(9, 5));
    CHECK(parseTime(u"0:00").value == QTime(0, 0));
    CHECK(parseTime(u"23:59").value == QTime(23, 59));
}

TEST_CASE("a time that does not exist is refused with the reason", "[persian][input]")
{
    CHECK(parseTime(u"24:00").error == QStringLiteral("ساعت ۲۴ وجود ندارد؛ ساعت از ۰ تا ۲۳ است"));
    CHECK(parseTime(u"13:60").error ==
          QStringLiteral("دقیقه ۶۰ وجود ندارد؛ دقیقه از ۰۰ تا ۵۹ است"));
    CHECK(parseTime(u"13:5").error == QStringLiteral("دقیقه را دورقمی بنویسید، مانند ۱۳:۰۵"));
    for (const char16_t* typed :
         {u"13:200", u"1320", u"13-20", u"ظهر", u"13:", u":20", u"13:20:00"}) {
        CAPTURE(QString::fromUtf16(typed).toStdString());
        const Parsed<QTime> parsed = parseTime(typed);
        CHECK_FALSE(parsed.ok());
        CHECK_FALSE(parsed.value.isValid());
    }
    CHECK(parseTime(u"").error.contains(QStringLiteral("نوشته نشده")));
}
