#include "persian/Collation.h"
#include "support/QtCatchPrinters.h"

#include <QThread>
#include <algorithm>

using namespace jalaseh::persian;

namespace {

QStringList sorted(QStringList words, const PersianCollator& collator)
{
    std::sort(words.begin(), words.end(),
              [&](const QString& a, const QString& b) { return collator.lessThan(a, b); });
    return words;
}

const QStringList alphabet =
    QStringLiteral("آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی")
        .split(QLatin1Char(' '));

} // namespace

TEST_CASE("letters sort in Persian alphabetical order", "[persian][collation]")
{
    const PersianCollator collator;
    QStringList shuffled = alphabet;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 11, shuffled.end());
    CHECK(sorted(shuffled, collator) == alphabet);
    for (qsizetype i = 0; i + 1 < alphabet.size(); ++i) {
        CAPTURE(alphabet[i].toStdString());
        CHECK(collator.compare(alphabet[i], alphabet[i + 1]) < 0);
        CHECK(collator.sortKey(alphabet[i]) < collator.sortKey(alphabet[i + 1]));
    }
}

TEST_CASE("names sort in Persian order, not by code point", "[persian][collation]")
{
    const PersianCollator collator;
    // By code point گ (U+06AF) and ی (U+06CC) come after ه and و, and چ پ ژ after ی.
    const QStringList names = {
        QStringLiteral("امینی"), QStringLiteral("پاکزاد"), QStringLiteral("چراغی"),
        QStringLiteral("درخوش"), QStringLiteral("ژاله"),   QStringLiteral("صادقی"),
        QStringLiteral("کاظمی"), QStringLiteral("گلزار"),  QStringLiteral("یزدانی")};
    QStringList byCodePoint = names;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    REQUIRE(byCodePoint != names);
    CHECK(sorted(byCodePoint, collator) == names);
}

TEST_CASE("Arabic kaf and yeh sort as Persian ک and ی", "[persian][collation]")
{
    const PersianCollator collator;
    CHECK(collator.compare(u"كاظمي", u"کاظمی") == 0);
    CHECK(collator.compare(u"على", u"علی") == 0);
    CHECK(collator.sortKey(u"ملكي") == collator.sortKey(u"ملکی"));
    CHECK(collator.compare(u"كاظمی", u"گلزار") < 0);
    CHECK(collator.compare(u"يزدانی", u"ونداد") > 0);
}

TEST_CASE("ZWNJ does not change the order, numbers sort by value", "[persian][collation]")
{
    const PersianCollator collator;
    CHECK(collator.compare(u"امینی‌نسب", u"امینینسب") == 0);
    CHECK(collator.compare(u"کارگروه ۲", u"کارگروه ۱۰") < 0);
    CHECK(collator.compare(u"کارگروه 2", u"کارگروه ۱۰") < 0);
}

TEST_CASE("people sort by family name, then given name", "[persian][collation]")
{
    const PersianCollator collator;
    CHECK(collator.comparePeople(u"صادقی", u"مریم", u"صادقی", u"زهرا") > 0);
    CHECK(collator.comparePeople(u"امینی", u"یاسر", u"صادقی", u"الف") < 0);
    CHECK(collator.comparePeople(u"صادقي", u"زهرا", u"صادقی", u"زهرا") == 0);
}

TEST_CASE("sort keys order as compare does", "[persian][collation]")
{
    const PersianCollator collator;
    const QStringList words = {
        QStringLiteral("آب"),       QStringLiteral("ابر"),
        QStringLiteral("باران"),    QStringLiteral("پرواز"),
        QStringLiteral("کتابخانه"), QStringLiteral("کتابخانه‌ها"),
        QStringLiteral("ی")};
    for (const QString& a : words) {
        for (const QString& b : words) {
            const int byKey = collator.sortKey(a).compare(collator.sortKey(b));
            CHECK((byKey < 0) == (collator.compare(a, b) < 0));
            CHECK((byKey == 0) == (collator.compare(a, b) == 0));
        }
    }
    CHECK(collator.sortKey(u"") < collator.sortKey(u"آ"));
    CHECK(!collator.sortKey(QString(5000, QChar(u'ب'))).isEmpty());
}

TEST_CASE("each thread has its own collator", "[persian][collation]")
{
    const PersianCollator* mine = &PersianCollator::forThisThread();
    CHECK(mine == &PersianCollator::forThisThread());
    const PersianCollator* theirs = nullptr;
    int theirOrder = 0;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        theirs = &PersianCollator::forThisThread();
        theirOrder = theirs->compare(u"پ", u"ت");
    }));
    thread->start();
    thread->wait();
    CHECK(theirs != nullptr);
    CHECK(theirs != mine);
    CHECK(theirOrder < 0);
}
