#include "persian/Digits.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh::persian;

TEST_CASE("every digit set is shown in Persian digits", "[persian][digits]")
{
    CHECK(toPersianDigits(u"0123456789") == QStringLiteral("۰۱۲۳۴۵۶۷۸۹"));
    CHECK(toPersianDigits(u"٠١٢٣٤٥٦٧٨٩") == QStringLiteral("۰۱۲۳۴۵۶۷۸۹"));
    CHECK(toPersianDigits(u"۰۱۲۳۴۵۶۷۸۹") == QStringLiteral("۰۱۲۳۴۵۶۷۸۹"));
    CHECK(toPersianDigits(u"ساعت 13:20 روز ٢١") == QStringLiteral("ساعت ۱۳:۲۰ روز ۲۱"));
    CHECK(toPersianDigits(u"") == QString());
}

TEST_CASE("every digit set is read back as Latin digits", "[persian][digits]")
{
    CHECK(toLatinDigits(u"۰۱۲۳۴۵۶۷۸۹") == QStringLiteral("0123456789"));
    CHECK(toLatinDigits(u"٠١٢٣٤٥٦٧٨٩") == QStringLiteral("0123456789"));
    CHECK(toLatinDigits(u"1402/۰۱/٢١") == QStringLiteral("1402/01/21"));
    CHECK(toLatinDigits(u"بدون رقم") == QStringLiteral("بدون رقم"));
}

TEST_CASE("numbers are written in Persian digits without grouping", "[persian][digits]")
{
    CHECK(formatNumber(1402) == QStringLiteral("۱۴۰۲"));
    CHECK(formatNumber(0) == QStringLiteral("۰"));
    CHECK(formatNumber(100000) == QStringLiteral("۱۰۰۰۰۰"));
    CHECK(formatNumber(-5) == QStringLiteral("-۵"));
}

TEST_CASE("fractions are written as Persian percentages", "[persian][digits]")
{
    CHECK(formatPercent(2.0 / 3.0) == QStringLiteral("۶۷٪"));
    CHECK(formatPercent(2.0 / 3.0, 1) == QStringLiteral("۶۶٫۷٪"));
    CHECK(formatPercent(1.0) == QStringLiteral("۱۰۰٪"));
    CHECK(formatPercent(0.0) == QStringLiteral("۰٪"));
    CHECK(formatPercent(0.125, 1) == QStringLiteral("۱۲٫۵٪"));
}
