#include "persian/Phrasing.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh;
using namespace jalaseh::persian;

namespace {

NamedPerson woman(const QString& family, AcademicTitle title = AcademicTitle::None)
{
    return {Gender::Female, title, family, {}};
}

NamedPerson man(const QString& family, AcademicTitle title = AcademicTitle::None)
{
    return {Gender::Male, title, family, {}};
}

constexpr auto doctor = AcademicTitle::Doctor;

} // namespace

TEST_CASE("numbers in words", "[persian][phrasing]")
{
    CHECK(cardinalWords(0) == QStringLiteral("صفر"));
    CHECK(cardinalWords(1) == QStringLiteral("یک"));
    CHECK(cardinalWords(13) == QStringLiteral("سیزده"));
    CHECK(cardinalWords(21) == QStringLiteral("بیست و یک"));
    CHECK(cardinalWords(100) == QStringLiteral("صد"));
    CHECK(cardinalWords(105) == QStringLiteral("صد و پنج"));
    CHECK(cardinalWords(999) == QStringLiteral("نهصد و نود و نه"));
    CHECK(cardinalWords(1000) == QStringLiteral("هزار"));
    CHECK(cardinalWords(1402) == QStringLiteral("هزار و چهارصد و دو"));
    CHECK(cardinalWords(2000) == QStringLiteral("دو هزار"));
    CHECK(cardinalWords(1000000) == QStringLiteral("یک میلیون"));
    CHECK(cardinalWords(2001001) == QStringLiteral("دو میلیون و هزار و یک"));
    CHECK(cardinalWords(-3) == QStringLiteral("منفی سه"));
    CHECK(cardinalWords(std::numeric_limits<int>::min())
              .startsWith(QStringLiteral("منفی دو میلیارد")));
}

TEST_CASE("ordinals", "[persian][phrasing]")
{
    CHECK(ordinal(1) == QStringLiteral("یکم"));
    CHECK(ordinal(1, FirstOrdinal::Yekom) == QStringLiteral("یکم"));
    CHECK(ordinal(1, FirstOrdinal::Avval) == QStringLiteral("اول"));
    CHECK(ordinal(2, FirstOrdinal::Avval) == QStringLiteral("دوم"));
    CHECK(ordinal(21, FirstOrdinal::Avval) == QStringLiteral("بیست و یکم"));
    CHECK(ordinal(2) == QStringLiteral("دوم"));
    CHECK(ordinal(3) == QStringLiteral("سوم"));
    CHECK(ordinal(4) == QStringLiteral("چهارم"));
    CHECK(ordinal(9) == QStringLiteral("نهم"));
    CHECK(ordinal(10) == QStringLiteral("دهم"));
    CHECK(ordinal(13) == QStringLiteral("سیزدهم"));
    CHECK(ordinal(20) == QStringLiteral("بیستم"));
    CHECK(ordinal(21) == QStringLiteral("بیست و یکم"));
    CHECK(ordinal(23) == QStringLiteral("بیست و سوم"));
    CHECK(ordinal(30) == QStringLiteral("سی‌ام"));
    CHECK(ordinal(33) == QStringLiteral("سی و سوم"));
    CHECK(ordinal(100) == QStringLiteral("صدم"));
    CHECK(ordinal(1000) == QStringLiteral("هزارم"));
}

TEST_CASE("ordinal adjectives, as in اولین جلسه", "[persian][phrasing]")
{
    CHECK(ordinalAdjective(1) == QStringLiteral("اولین"));
    CHECK(ordinalAdjective(2) == QStringLiteral("دومین"));
    CHECK(ordinalAdjective(3) == QStringLiteral("سومین"));
    CHECK(ordinalAdjective(11) == QStringLiteral("یازدهمین"));
    CHECK(ordinalAdjective(21) == QStringLiteral("بیست و یکمین"));
    CHECK(ordinalAdjective(30) == QStringLiteral("سی‌امین"));
    CHECK(ordinalAdjective(100) == QStringLiteral("صدمین"));
    CHECK(ordinalAdjective(103) == QStringLiteral("صد و سومین"));
}

TEST_CASE("lists put و before the last item and no comma before it", "[persian][phrasing]")
{
    CHECK(joinList({}).isEmpty());
    CHECK(joinList({QStringLiteral("الف")}) == QStringLiteral("الف"));
    CHECK(joinList({QStringLiteral("الف"), QStringLiteral("ب")}) == QStringLiteral("الف و ب"));
    CHECK(joinList({QStringLiteral("الف"), QStringLiteral("ب"), QStringLiteral("ج")}) ==
          QStringLiteral("الف، ب و ج"));
}

TEST_CASE("one person with an honorific", "[persian][phrasing]")
{
    CHECK(honorificName(woman(QStringLiteral("رقابی"), doctor)) ==
          QStringLiteral("سرکار خانم دکتر رقابی"));
    CHECK(honorificName(man(QStringLiteral("حسینی"))) == QStringLiteral("جناب آقای حسینی"));
    CHECK(honorificName(man(QStringLiteral("طاهری"), AcademicTitle::Engineer)) ==
          QStringLiteral("جناب آقای مهندس طاهری"));
    CHECK(honorificName({Gender::Unspecified, doctor, QStringLiteral("رقابی"), {}}) ==
          QStringLiteral("دکتر رقابی"));
    CHECK(honorificName({Gender::Male, doctor, {}, QStringLiteral("علی")}) ==
          QStringLiteral("جناب آقای دکتر علی"));
    CHECK(honorificName({}).isEmpty());
}

TEST_CASE("people grouped as the seed groups them", "[persian][phrasing]")
{
    const QList<NamedPerson> leads = {man(QStringLiteral("طاهری"), doctor),
                                      woman(QStringLiteral("درخوش"), doctor),
                                      woman(QStringLiteral("عبدالله‌پور")),
                                      man(QStringLiteral("امینی‌نسب"), doctor),
                                      woman(QStringLiteral("صادقی")),
                                      man(QStringLiteral("عاطفی ملکی")),
                                      man(QStringLiteral("حسینی"))};
    CHECK(
        honorificGroup(leads) ==
        QStringLiteral(
            "سرکار خانم‌ها دکتر درخوش، عبدالله‌پور، صادقی و جناب آقایان دکتر طاهری، "
            "دکتر امینی‌نسب، عاطفی ملکی، حسینی"));
    const QList<NamedPerson> committee = {
        woman(QStringLiteral("غزنوی"), doctor), woman(QStringLiteral("رقابی"), doctor),
        woman(QStringLiteral("عتیقه‌چیان")), woman(QStringLiteral("فاضل")),
        woman(QStringLiteral("فرجامی"))};
    CHECK(
        honorificGroup(committee) ==
        QStringLiteral(
            "سرکار خانم‌ها دکتر غزنوی، دکتر رقابی، عتیقه‌چیان، فاضل و فرجامی"));
}

TEST_CASE("one person in a group takes the singular", "[persian][phrasing]")
{
    CHECK(honorificGroup({woman(QStringLiteral("رقابی"), doctor)}) ==
          QStringLiteral("سرکار خانم دکتر رقابی"));
    CHECK(honorificGroup({man(QStringLiteral("حسینی"))}) == QStringLiteral("جناب آقای حسینی"));
    CHECK(honorificGroup({man(QStringLiteral("حسینی")), woman(QStringLiteral("فاضل"))}) ==
          QStringLiteral("سرکار خانم فاضل و جناب آقای حسینی"));
}

TEST_CASE("people without a gender are listed by name and title", "[persian][phrasing]")
{
    const NamedPerson unknown{
        Gender::Unspecified, doctor, QStringLiteral("حاجی زین‌العابدینی"), {}};
    const NamedPerson other{Gender::Unspecified, AcademicTitle::None, QStringLiteral("کریمی"), {}};
    CHECK(honorificGroup({unknown, other}) ==
          QStringLiteral("دکتر حاجی زین‌العابدینی و کریمی"));
    // و before the last person of the whole list, not after the last gendered group.
    CHECK(
        honorificGroup({other, man(QStringLiteral("حسینی")), unknown}) ==
        QStringLiteral(
            "جناب آقای حسینی، کریمی و دکتر حاجی زین‌العابدینی"));
    CHECK(honorificGroup({other, man(QStringLiteral("پورمحمدی"))}) ==
          QStringLiteral("جناب آقای پورمحمدی و کریمی"));
    CHECK(honorificGroup({woman(QStringLiteral("فاضل")), other, man(QStringLiteral("حسینی")),
                          man(QStringLiteral("طاهری")), unknown}) ==
          QStringLiteral("سرکار خانم فاضل، جناب آقایان حسینی، طاهری، کریمی و "
                         "دکتر حاجی زین‌العابدینی"));
}

TEST_CASE("an empty list of people gives empty text", "[persian][phrasing]")
{
    CHECK(honorificGroup({}).isEmpty());
    CHECK(honorificGroup({NamedPerson{}}).isEmpty());
}

TEST_CASE("time ranges and durations", "[persian][phrasing]")
{
    CHECK(timeRange(QTime(12, 0), QTime(13, 20)) == QStringLiteral("از ساعت ۱۲ الی ۱۳:۲۰"));
    CHECK(timeRange(QTime(9, 30), QTime(11, 0)) == QStringLiteral("از ساعت ۹:۳۰ الی ۱۱"));
    CHECK(timeRange(QTime(12, 0), QTime()) == QStringLiteral("از ساعت ۱۲"));
    CHECK(timeRange(QTime(), QTime(13, 20)) == QStringLiteral("تا ساعت ۱۳:۲۰"));
    CHECK(timeRange(QTime(), QTime()).isEmpty());
    CHECK(formatDuration(80) == QStringLiteral("۱ ساعت و ۲۰ دقیقه"));
    CHECK(formatDuration(45) == QStringLiteral("۴۵ دقیقه"));
    CHECK(formatDuration(120) == QStringLiteral("۲ ساعت"));
    CHECK(formatDuration(0) == QStringLiteral("۰ دقیقه"));
    CHECK(formatDuration(-5).isEmpty());
}

TEST_CASE("the ezafe shows in writing only after alef and vav", "[persian][phrasing]")
{
    CHECK(ezafe(u"کارگروه‌ها") == QStringLiteral("کارگروه‌های"));
    CHECK(ezafe(u"دانشجو") == QStringLiteral("دانشجوی"));
    CHECK(ezafe(u"آقا") == QStringLiteral("آقای"));
    CHECK(ezafe(u"کتابخانه") == QStringLiteral("کتابخانه"));
    CHECK(ezafe(u"شبکه ") == QStringLiteral("شبکه"));
    CHECK(ezafe(u"نشست") == QStringLiteral("نشست"));
    CHECK(ezafe(u"").isEmpty());
}

TEST_CASE("meeting modes have their Persian names", "[persian][phrasing]")
{
    CHECK(meetingModeName(MeetingMode::InPerson) == QStringLiteral("حضوری"));
    CHECK(meetingModeName(MeetingMode::Online) == QStringLiteral("مجازی"));
    CHECK(meetingModeName(MeetingMode::Hybrid) == QStringLiteral("ترکیبی"));
}
