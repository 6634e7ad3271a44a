#include "persian/Normalize.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh::persian;

namespace {
const QChar zwnj(0x200C);
}

TEST_CASE("stored text has Persian kaf and yeh and Persian digits", "[persian][normalize]")
{
    CHECK(normalizeForStorage(u"كارگروه") == QStringLiteral("کارگروه"));
    CHECK(normalizeForStorage(u"صادقي") == QStringLiteral("صادقی"));
    CHECK(normalizeForStorage(u"مصطفى") == QStringLiteral("مصطفی"));
    CHECK(normalizeForStorage(u"٢١/٠١/١٤٠٢") == QStringLiteral("۲۱/۰۱/۱۴۰۲"));
    // Latin digits are what the user typed and stay; display turns them Persian.
    CHECK(normalizeForStorage(u"ساعت 12") == QStringLiteral("ساعت 12"));
}

TEST_CASE("stored text keeps ZWNJ where it joins two letters, and nowhere else",
          "[persian][normalize]")
{
    CHECK(normalizeForStorage(u"کتابخانه‌های") ==
          QStringLiteral("کتابخانه‌های"));
    CHECK(normalizeForStorage(u"کتابخانه‌‌‌های") ==
          QStringLiteral("کتابخانه‌های"));
    CHECK(normalizeForStorage(u"کتابخانه‌ های") == QStringLiteral("کتابخانه های"));
    CHECK(normalizeForStorage(u"کتابخانه ‌های") == QStringLiteral("کتابخانه های"));
    CHECK(normalizeForStorage(u"‌کتاب‌") == QStringLiteral("کتاب"));
    CHECK(normalizeForStorage(u"abc‌def") == QStringLiteral("abcdef"));
    CHECK(normalizeForStorage(u"خانه‌،") == QStringLiteral("خانه،"));
    CHECK(normalizeForStorage(u"می‌روم").contains(zwnj));
}

TEST_CASE("stored text folds spaces, keeps line breaks and is trimmed", "[persian][normalize]")
{
    CHECK(normalizeForStorage(u"  گزارش  نشست\t\tراهبران  ") ==
          QStringLiteral("گزارش نشست راهبران"));
    CHECK(normalizeForStorage(u"سطر یک  \r\n  سطر دو\rسطر سه") ==
          QStringLiteral("سطر یک\nسطر دو\nسطر سه"));
    CHECK(normalizeForStorage(u"بند یک\n\nبند دو\n") == QStringLiteral("بند یک\n\nبند دو"));
    CHECK(normalizeForStorage(u"نشست\u00A0راهبران") == QStringLiteral("نشست راهبران"));
    CHECK(normalizeForStorage(u"\uFEFFگزارش") == QStringLiteral("گزارش"));
    CHECK(normalizeForStorage(u" \n\t ").isEmpty());
}

TEST_CASE("control characters pasted with text are left out", "[persian][normalize]")
{
    // Found by fuzz_normalize: a NUL was kept by the key but dropped from stored text.
    const QString pasted = QStringLiteral("گزارش\u0001\u0000 نشست\u001B\u007F\u0090");
    CHECK(normalizeForStorage(pasted) == QStringLiteral("گزارش نشست"));
    CHECK(searchKey(pasted) == searchKey(u"گزارش نشست"));
    CHECK(searchKey(normalizeForStorage(pasted)) == searchKey(pasted));
}

TEST_CASE("Arabic presentation forms copied out of PDFs become plain letters",
          "[persian][normalize]")
{
    // "كتاب" in isolated/initial/final forms, and the lam-alef ligature.
    CHECK(normalizeForStorage(u"\uFEDB\uFE98\uFE8E\uFE8F") == QStringLiteral("کتاب"));
    CHECK(normalizeForStorage(u"\uFEFB") == QStringLiteral("لا"));
    CHECK(searchKey(u"\uFEDB\uFE98\uFE8E\uFE8F") == searchKey(u"کتاب"));
}

TEST_CASE("normalising stored text twice changes nothing", "[persian][normalize]")
{
    for (const char16_t* text : {u" سركار  خانمها‌ ‌دكتر  \n\n درخوش ",
                                 u"كتابخانه‌‌ های ١٤٠٢", u"a‌ b\r\n\r\nc",
                                 u"\uFEDB\uFE98\uFE8E\uFE8F  \uFEFB"}) {
        const QString once = normalizeForStorage(text);
        CHECK(normalizeForStorage(once) == once);
    }
}

TEST_CASE("search keys make the seed's spellings one", "[persian][search]")
{
    CHECK(searchKey(u"كارگروه") == searchKey(u"کارگروه"));
    CHECK(searchKey(u"صادقي") == searchKey(u"صادقی"));
    CHECK(searchKey(u"مصطفى") == searchKey(u"مصطفی"));
    const QString library = searchKey(u"کتابخانه‌های");
    CHECK(searchKey(u"کتابخانه های") == library);
    CHECK(searchKey(u"کتابخانههای") == library);
    CHECK(searchKey(u"كتابخانه هاي") == library);
    // The ezafe written on heh (ۀ, هٔ) is left out of the key, as most text leaves it unwritten.
    CHECK(searchKey(u"کتابخانهٔ") == searchKey(u"کتابخانه"));
    CHECK(searchKey(u"کتابخانۀ") == searchKey(u"کتابخانه"));
    CHECK(searchKey(u"کتابخانه‌ی") == searchKey(u"کتابخانه ی"));
    CHECK(searchKey(u"عبدالله‌پور") == searchKey(u"عبدالله پور"));
    CHECK(searchKey(u"عبدالله‌پور") == searchKey(u"عبداللهپور"));
    CHECK(searchKey(u"می‌روم") == searchKey(u"می روم"));
    CHECK(searchKey(u"بین‌المللی") == searchKey(u"بین المللی"));
    CHECK(searchKey(u"سرکار خانم‌ها") == searchKey(u"سركارخانمها"));
}

TEST_CASE("search keys ignore harakat, tatweel, hamza and madda", "[persian][search]")
{
    CHECK(searchKey(u"کِتابْ") == searchKey(u"کتاب"));
    CHECK(searchKey(u"كـــتاب") == searchKey(u"کتاب"));
    CHECK(searchKey(u"مُحَمَّد") == searchKey(u"محمد"));
    CHECK(searchKey(u"آقای") == searchKey(u"اقای"));
    CHECK(searchKey(u"مسئول") == searchKey(u"مسيول"));
    CHECK(searchKey(u"اجزاء") == searchKey(u"اجزا"));
    CHECK(searchKey(u"إيران") == searchKey(u"ایران"));
}

TEST_CASE("search keys read every digit set alike", "[persian][search]")
{
    CHECK(searchKey(u"۱۳:۲۰") == QStringLiteral("13:20"));
    CHECK(searchKey(u"١٣:٢٠") == QStringLiteral("13:20"));
    CHECK(searchKey(u"13:20") == QStringLiteral("13:20"));
    CHECK(searchKey(u"جلسه ۲۱") == searchKey(u"جلسه 21"));
}

TEST_CASE("search keys keep the spaces of Latin words and numbers", "[persian][search]")
{
    CHECK(searchKey(u"Sharif  University") == QStringLiteral("sharif university"));
    CHECK(searchKey(u"IFLA") == QStringLiteral("ifla"));
    CHECK(searchKey(u"12 الی 13") == searchKey(u"12الی13"));
    CHECK(searchKey(u"۱۲ ۱۳") == QStringLiteral("12 13"));
    CHECK(searchKey(u"ایفلا IFLA") == QStringLiteral("ایفلاifla"));
}

TEST_CASE("search keys fold Arabic punctuation to its Latin counterpart", "[persian][search]")
{
    CHECK(searchKey(u"الف، ب؛ ج؟") == searchKey(u"الف, ب; ج?"));
    CHECK(searchKey(u"«شبکه»") == searchKey(u"\"شبکه\""));
}

TEST_CASE("a search key of a key, or of stored text, is the same key", "[persian][search]")
{
    for (const char16_t* text : {u" سركار  خانمها‌ ‌دكتر  \n درخوش ",
                                 u"كتابخانه‌‌ های ١٤٠٢", u"New  York‌ 12",
                                 u"\uFEDB\uFE98\uFE8E\uFE8F  \uFEFB", u"مُحَمَّد ـ آقای «۱۳»"}) {
        const QString key = searchKey(text);
        CHECK(searchKey(key) == key);
        CHECK(searchKey(normalizeForStorage(text)) == key);
    }
    CHECK(searchKey(u"").isEmpty());
    CHECK(searchKey(u" \u200C ").isEmpty());
}
