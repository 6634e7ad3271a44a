// The narrative's sentences for the seed meeting, as the seed minutes phrase them.
#include "SeedMeeting.h"
#include "report/MinutesSentences.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh;
using namespace jalaseh::report;

TEST_CASE("The seed's opening sentence names the ordinal, mode, body, time, weekday, date, venue")
{
    const MeetingRecord record = test::seedMeeting();
    const Organisation organisation = test::seedOrganisation(false);
    const MinutesSentences sentences(record, organisation);
    CHECK(
        sentences.opening() ==
        QStringLiteral(
            "اولین نشست مجازی راهبران کارگروه‌های شبکه کتابخانه‌های دانشگاهی "
            "کشور، از ساعت ۱۲ الی ۱۳:۲۰ دوشنبه ۱۴۰۲/۰۱/۲۱ در سامانه دانشگاه صنعتی "
            "شریف برگزار شد."));
}

TEST_CASE("The seed's attendance is grouped by role with the honorific grouping")
{
    const MeetingRecord record = test::seedMeeting();
    const Organisation organisation = test::seedOrganisation(false);
    const MinutesSentences sentences(record, organisation);

    CHECK(
        sentences.presence() ==
        QStringLiteral(
            "در این نشست، علاوه بر راهبران کارگروه‌ها (سرکار خانم‌ها دکتر درخوش، "
            "عبدالله‌پور، صادقی و جناب آقایان دکتر طاهری، دکتر امینی‌نسب، "
            "عاطفی‌ملکی، حسینی)، جناب آقای دکتر حاجی‌زین‌العابدینی به عنوان مهمان "
            "مدعو و اعضای کمیته راهبری (سرکار خانم‌ها دکتر غزنوی، دکتر رقابی، "
            "عتیقه‌چیان، فاضل و فرجامی) حضور داشتند."));
    CHECK(sentences.absence() ==
          QStringLiteral("راهبران کارگروه اشتراک تجربیات (سرکار خانم کریمی و جناب آقای "
                         "نوروزی)، غایبین این جلسه بودند."));
    CHECK(sentences.excused().isEmpty());
    CHECK(sentences.lateness().isEmpty());
}

TEST_CASE("The seed's contributions open with their connectives and speakers")
{
    const MeetingRecord record = test::seedMeeting();
    const MinutesSentences sentences(record, test::seedOrganisation(false));
    const QString first = sentences.contribution(0, record.contributions[0]);
    CHECK(first.startsWith(QStringLiteral("در ابتدا سرکار خانم دکتر رقابی گزارشی از")));
    const QString second = sentences.contribution(1, record.contributions[1]);
    CHECK(second.startsWith(QStringLiteral(
        "در ادامه، جناب آقای دکتر حاجی‌زین‌العابدینی در خصوص")));
    const QString third = sentences.contribution(2, record.contributions[2]);
    CHECK(third.startsWith(QStringLiteral("جناب آقای دکتر طاهری با اشاره")));
    CHECK(third.endsWith(QStringLiteral("تأکید کردند.")));
}

TEST_CASE("The seed's questions, proposals and deferral")
{
    const MeetingRecord record = test::seedMeeting();
    const MinutesSentences sentences(record, test::seedOrganisation(false));
    CHECK(sentences.questions(false) ==
          QStringLiteral("در ادامه در رابطه با دو محور اصلی نحوه ادامه کار با وزارتخانه و "
                         "ادغام کارگروه‌ها نظرخواهی شد."));
    CHECK(
        sentences.proposal(record.proposals.last()) ==
        QStringLiteral(
            "ادغام کارگروه‌ها (پیشنهاد جناب آقای عاطفی‌ملکی، با تأیید سرکار "
            "خانم‌ها دکتر درخوش و فاضل)"));
    CHECK(
        sentences.closing() ==
        QStringLiteral(
            "در انتها، ضمن جمع‌بندی موارد ذکر شده، تصمیم‌گیری در خصوص فعالیت‌ها "
            "به جلسات بعدی موکول شد."));
}

TEST_CASE("An in-person meeting with late, early and excused attendees and no series noun")
{
    MeetingRecord record = test::seedMeeting();
    record.series.name = QStringLiteral("کمیته راهبری");
    record.meeting.mode = MeetingMode::InPerson;
    record.meeting.number = 21;
    record.meeting.venue = QStringLiteral("تالار اجتماعات کتابخانه مرکزی");
    record.meeting.status = MeetingStatus::Held;
    record.attendance[0].status = AttendanceStatus::Late;
    record.attendance[0].minutesLate = 20;
    record.attendance[3].status = AttendanceStatus::LeftEarly;
    record.attendance[13].status = AttendanceStatus::Excused;
    record.attendance[13].reason = QStringLiteral("سفر کاری");
    record.attendance[14].status = AttendanceStatus::Excused;
    record.attendance[14].reason = QStringLiteral("به علت بیماری.");
    const MinutesSentences sentences(record, test::seedOrganisation(false));

    CHECK(sentences.opening().startsWith(
        QStringLiteral("بیست و یکمین جلسه حضوری کمیته راهبری شبکه "
                       "کتابخانه‌های دانشگاهی کشور، ")));
    CHECK(sentences.opening().endsWith(
        QStringLiteral(" در تالار اجتماعات کتابخانه مرکزی برگزار شد.")));
    const QStringList lateness = sentences.lateness();
    REQUIRE(lateness.size() == 2);
    CHECK(lateness[0] ==
          QStringLiteral("سرکار خانم دکتر درخوش با ۲۰ دقیقه تأخیر به جلسه پیوستند."));
    CHECK(lateness[1] == QStringLiteral("جناب آقای دکتر طاهری جلسه را پیش از پایان ترک کردند."));
    // The late and the early-leaving were there: they stay in the presence sentence.
    CHECK(sentences.presence().contains(QStringLiteral("دکتر درخوش")));
    CHECK(sentences.presence().contains(QStringLiteral("دکتر طاهری")));
    CHECK(sentences.absence().isEmpty());
    CHECK(sentences.excused() ==
          QStringLiteral("سرکار خانم کریمی به دلیل سفر کاری و جناب آقای نوروزی به علت بیماری "
                         "از حضور در جلسه معذور بودند."));
}

TEST_CASE("People excused for the same reason share one clause")
{
    MeetingRecord record = test::seedMeeting();
    // Both leads of the experience-sharing group on a mission, written two ways; the lead of
    // another group ill.
    record.attendance[13].status = AttendanceStatus::Excused;
    record.attendance[13].reason = QStringLiteral("مأموریت");
    record.attendance[14].status = AttendanceStatus::Excused;
    record.attendance[14].reason = QStringLiteral("به دلیل مأموریت.");
    record.attendance[6].status = AttendanceStatus::Excused;
    record.attendance[6].reason = QStringLiteral("بیماری");
    const MinutesSentences sentences(record, test::seedOrganisation(false));
    CHECK(sentences.excused() ==
          QStringLiteral("جناب آقای حسینی به دلیل بیماری و سرکار خانم کریمی و جناب آقای "
                         "نوروزی به دلیل مأموریت از حضور در جلسه معذور بودند."));
    CHECK(sentences.excused().count(QStringLiteral("مأموریت")) == 1);
}

TEST_CASE("A planned meeting is announced in the future tense")
{
    MeetingRecord record = test::seedMeeting();
    record.meeting.status = MeetingStatus::Planned;
    const MinutesSentences sentences(record, test::seedOrganisation(false));
    CHECK(sentences.opening().endsWith(QStringLiteral("برگزار خواهد شد.")));
    CHECK(sentences.invitation().startsWith(QStringLiteral(
        "بدین‌وسیله از شما دعوت می‌شود در اولین نشست مجازی راهبران")));
}
