// The seed minutes, exactly as their author typed them: every occurrence of a word is found
// however it was typed. The expected counts were established by reading the seed (see
// /work/shared/seed/README.md); each lists where the occurrences are. The file is the copy in
// tests/fixtures/seed, checked against the shared original when that is beside the clone.
#include "persian/Normalize.h"
#include "support/QtCatchPrinters.h"

#include <QFile>

using namespace jalaseh::persian;

namespace {

QString seedText()
{
    QFile file(QStringLiteral(JALASEH_SEED_MINUTES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

qsizetype occurrences(const QString& text, QStringView query)
{
    return searchKey(text).count(searchKey(query));
}

} // namespace

TEST_CASE("the repository's copy of the seed is the shared original, byte for byte",
          "[persian][seed]")
{
    QFile original(QStringLiteral(JALASEH_SHARED_DIR "/seed/minutes-1402-01-21.fa.txt"));
    if (!original.open(QIODevice::ReadOnly)) {
        WARN("../shared/seed is not beside this clone; the copy in tests/fixtures is used as is");
        return;
    }
    QFile copy(QStringLiteral(JALASEH_SEED_MINUTES));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == original.readAll());
}

TEST_CASE("the seed is the raw text the README describes", "[persian][seed]")
{
    const QString seed = seedText();
    CHECK(seed.count(QChar(0x0643)) == 23); // Arabic kaf
    CHECK(seed.count(QChar(0x06A9)) == 48);
    CHECK(seed.count(QChar(0x064A)) == 54); // Arabic yeh
    CHECK(seed.count(QChar(0x200C)) == 0);
}

TEST_CASE("searching the seed finds every occurrence however it was typed", "[persian][seed]")
{
    const QString seed = seedText();
    // The title's "كارگروه ها", "کارگروههای", "کارگروهها" in the attendees, "كارگروه اشتراك",
    // three "ادغام کارگروهها", "تعیین کارگروهها", "فعاليت كارگروهها".
    CHECK(occurrences(seed, u"کارگروه") == 9);
    CHECK(occurrences(seed, u"كارگروه") == 9);
    // "کتابخانههای دانشگاهی" and "کتابخانههای جهان"; not "کتابخانه ها" nor "کتابخانهای".
    CHECK(occurrences(seed, u"کتابخانه‌های") == 2);
    CHECK(occurrences(seed, u"کتابخانه های") == 2);
    CHECK(occurrences(seed, u"کتابخانههای") == 2);
    // "کتابخانههای" twice, "کتابخانه ها" twice, "کتابخانهها" once.
    CHECK(occurrences(seed, u"کتابخانه‌ها") == 5);
    // "عبدالله پور" in the attendees.
    CHECK(occurrences(seed, u"عبدالله‌پور") == 1);
    CHECK(occurrences(seed, u"عبدالله پور") == 1);
    // "سركار خانمها", "سركارخانمها", "سركارخانم" twice, "سرکارخانم", "سرکار خانم" twice,
    // "سركار خانم".
    CHECK(occurrences(seed, u"سرکار خانم") == 8);
    // "دکتر غزنوی" in the attendees and "دکترغزنوی" written without a space.
    CHECK(occurrences(seed, u"دکتر غزنوی") == 2);
    // "حاجي زينالعابديني" and "حاجيزینالعابدینی".
    CHECK(occurrences(seed, u"حاجی‌زین‌العابدینی") == 2);
    CHECK(occurrences(seed, u"حاجی زین العابدینی") == 2);
    // "جناب آقايان", "جناب آقاي", three "جناب آقای".
    CHECK(occurrences(seed, u"جناب آقای") == 5);
    CHECK(occurrences(seed, u"بین‌المللی") == 1);
    CHECK(occurrences(seed, u"فعالیت‌های") == 3);
    CHECK(occurrences(seed, u"پیشنهادات") == 2);
    CHECK(occurrences(seed, u"از ساعت ۱۲ الی ۱۳:۲۰") == 1);
    CHECK(occurrences(seed, u"۲۱/۰۱/۱۴۰۲") == 1);
}
