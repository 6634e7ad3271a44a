#include "persian/Phrasing.h"
#include "support/QtCatchPrinters.h"

#include <QFile>

using namespace jalaseh;
using namespace jalaseh::persian;

namespace {

// "F دکتر درخوش" : gender, title and family name of everyone read, one per line.
QStringList described(const HonorificReading& reading)
{
    QStringList lines;
    for (const NamedPerson& person : reading.people) {
        const QString gender = person.gender == Gender::Female ? QStringLiteral("F")
                               : person.gender == Gender::Male ? QStringLiteral("M")
                                                               : QStringLiteral("?");
        const QString title = person.title == AcademicTitle::Doctor ? QStringLiteral("دکتر ")
                              : person.title == AcademicTitle::Engineer ? QStringLiteral("مهندس ")
                                                                        : QString();
        CHECK(person.givenName.isEmpty());
        lines.append(gender + QLatin1Char(' ') + title + person.familyName);
    }
    return lines;
}

QStringList lines(const char16_t* text)
{
    return QString::fromUtf16(text).split(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the seed's leads are read with gender, title and whole family names",
          "[persian][honorifics]")
{
    const HonorificReading reading = readHonorificList(
        u"(سركار خانمها دكتر درخوش، عبدالله پور، صادقي و جناب آقايان دكتر طاهري، دكتر اميني نسب، "
        u"عاطفي ملكي، حسيني)");
    CHECK(described(reading) == lines(u"F دکتر درخوش\nF عبدالله پور\nF صادقی\nM دکتر طاهری\n"
                                      u"M دکتر امینی نسب\nM عاطفی ملکی\nM حسینی"));
    CHECK(reading.unread.isEmpty());
}

TEST_CASE("the seed's steering committee is read, honorific glued and all", "[persian][honorifics]")
{
    const HonorificReading reading =
        readHonorificList(u"(سركارخانمها دکتر غزنوی، دکتر رقابی، عتیقه چیان، فاضل و فرجامی)");
    CHECK(described(reading) ==
          lines(u"F دکتر غزنوی\nF دکتر رقابی\nF عتیقه چیان\nF فاضل\nF فرجامی"));
    CHECK(reading.unread.isEmpty());
}

TEST_CASE("the seed's whole attendee sentence gives its thirteen people and the rest unread",
          "[persian][honorifics]")
{
    QFile file(QStringLiteral(JALASEH_SEED_MINUTES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList seedLines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    REQUIRE(seedLines.size() > 2);
    const QString sentence = seedLines[2].section(QLatin1Char('.'), 0, 0);
    REQUIRE(sentence.startsWith(QStringLiteral("در این نشست")));

    const HonorificReading reading = readHonorificList(sentence);
    CHECK(described(reading) ==
          lines(u"F دکتر درخوش\nF عبدالله پور\nF صادقی\nM دکتر طاهری\nM دکتر امینی نسب\n"
                u"M عاطفی ملکی\nM حسینی\nM دکتر حاجی زینالعابدینی\nF دکتر غزنوی\nF دکتر رقابی\n"
                u"F عتیقه چیان\nF فاضل\nF فرجامی"));
    CHECK(reading.unread == lines(u"در این نشست\nعلاوه بر راهبران کارگروهها\nبه عنوان مهمان مدعو\n"
                                  u"اعضای کمیته راهبری\nحضور داشتند"));
}

TEST_CASE("one person alone, and every spelling of the honorifics", "[persian][honorifics]")
{
    CHECK(described(readHonorificList(u"سرکار خانم دکتر رقابی")) == lines(u"F دکتر رقابی"));
    CHECK(described(readHonorificList(u"جناب آقای حسینی")) == lines(u"M حسینی"));
    CHECK(described(readHonorificList(u"جناب آقاي مهندس طاهري")) == lines(u"M مهندس طاهری"));
    CHECK(described(readHonorificList(u"سرکارخانم دکترغزنوی")) == lines(u"F دکتر غزنوی"));
    CHECK(described(readHonorificList(u"خانم ها فاضل و فرجامی")) == lines(u"F فاضل\nF فرجامی"));
    CHECK(described(readHonorificList(
              u"سرکار خانم‌ها فاضل، آقایان حسینی و طاهری")) ==
          lines(u"F فاضل\nM حسینی\nM طاهری"));
    CHECK(described(readHonorificList(u"آقای امینی‌نسب")) ==
          lines(u"M امینی‌نسب"));
}

TEST_CASE("an honorific before a colon covers the names after it", "[persian][honorifics]")
{
    HonorificReading reading = readHonorificList(u"جناب آقایان: حسینی، دکتر طاهری");
    CHECK(described(reading) == lines(u"M حسینی\nM دکتر طاهری"));
    CHECK(reading.unread.isEmpty());

    reading = readHonorificList(u"حاضران: سرکار خانم فاضل و جناب آقای حسینی");
    CHECK(described(reading) == lines(u"F فاضل\nM حسینی"));
    CHECK(reading.unread == QStringList{QStringLiteral("حاضران")});
}

TEST_CASE("family names that begin like a title or an honorific stay names",
          "[persian][honorifics]")
{
    CHECK(described(readHonorificList(u"جناب آقای آقایی")) == lines(u"M آقایی"));
    CHECK(described(readHonorificList(u"سرکار خانم مهندسی")) == lines(u"F مهندسی"));
    CHECK(described(readHonorificList(u"جناب آقای دکتری")) == lines(u"M دکتری"));
}

TEST_CASE("a plain list without honorifics gives people without a gender", "[persian][honorifics]")
{
    const HonorificReading reading = readHonorificList(u"دکتر درخوش، صادقی و حسینی");
    CHECK(described(reading) == lines(u"? دکتر درخوش\n? صادقی\n? حسینی"));
    CHECK(reading.unread.isEmpty());
}

TEST_CASE("what cannot be read is handed back, never guessed", "[persian][honorifics]")
{
    HonorificReading reading = readHonorificList(u"جناب آقای");
    CHECK(reading.people.isEmpty());
    CHECK(reading.unread == QStringList{QStringLiteral("جناب آقای")});

    reading = readHonorificList(u"سرکار خانم فاضل، ۱۲۳۴، و جناب آقایان");
    CHECK(described(reading) == lines(u"F فاضل"));
    CHECK(reading.unread == (QStringList{QStringLiteral("۱۲۳۴"), QStringLiteral("جناب آقایان")}));

    reading = readHonorificList(u"");
    CHECK(reading.people.isEmpty());
    CHECK(reading.unread.isEmpty());

    reading = readHonorificList(u"((()))،،، و و ؛");
    CHECK(reading.people.isEmpty());
    CHECK(reading.unread.isEmpty());
}
