// Meetings unlike the seed: in person, with late, early and excused people, a table of
// decisions, no contributions, a contribution of 10,000 characters, markup in every field.
#include "OdtPackage.h"
#include "PdfText.h"
#include "SeedMeeting.h"
#include "persian/Digits.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextDocument>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

QString write(const MinutesDocument& document, DocumentFormat format, const QString& name)
{
    const QString path =
        QDir(test::outputFolder()).filePath(name + QLatin1Char('.') + formatKey(format));
    DocumentWriter::forFormat(format)->writeFile(document, path);
    return path;
}

QString pdfOf(const MeetingRecord& record, MinutesStyle style, const QString& name,
              const Organisation& organisation = test::seedOrganisation())
{
    const auto document = MinutesDocument::render(record, organisation, style);
    return test::pdfText(write(document, DocumentFormat::Pdf, name));
}

bool has(const QString& pdfText, const QString& fact)
{
    return test::foldForComparison(pdfText).contains(test::foldForComparison(fact));
}

MeetingRecord inPersonWithExceptions()
{
    MeetingRecord record = test::seedMeeting();
    record.meeting.mode = MeetingMode::InPerson;
    record.meeting.venue = QStringLiteral("تالار اجتماعات کتابخانه مرکزی");
    record.attendance[0].status = AttendanceStatus::Late;
    record.attendance[0].minutesLate = 20;
    record.attendance[3].status = AttendanceStatus::LeftEarly;
    record.attendance[13].status = AttendanceStatus::Excused;
    record.attendance[13].reason = QStringLiteral("سفر کاری");
    return record;
}

Decision decision(Id id, const QString& text, Id responsible, const QDate& deadline)
{
    Decision result;
    result.id = id;
    result.position = int(id);
    result.text = text;
    result.status = DecisionStatus::Approved;
    result.responsibleId = responsible;
    result.deadline = deadline;
    return result;
}

} // namespace

TEST_CASE("An in-person meeting with late, early-leaving and excused attendees")
{
    const MeetingRecord record = inPersonWithExceptions();
    const QString formal = pdfOf(record, MinutesStyle::Formal, QStringLiteral("in-person-formal"));
    CHECK(has(formal, QStringLiteral("حضوری")));
    CHECK(has(formal, QStringLiteral("تالار اجتماعات کتابخانه مرکزی")));
    CHECK(has(formal, QStringLiteral("با ۲۰ دقیقه تأخیر")));
    CHECK(has(formal, QStringLiteral("خروج پیش از پایان")));
    CHECK(has(formal, QStringLiteral("غیبت موجه (سفر کاری)")));

    const QString narrative =
        pdfOf(record, MinutesStyle::Narrative, QStringLiteral("in-person-narrative"));
    QString missing;
    CHECK(test::containsInOrder(
        narrative,
        {QStringLiteral("اولین نشست حضوری"),
         QStringLiteral("در تالار اجتماعات کتابخانه مرکزی برگزار شد"),
         QStringLiteral("سرکار خانم دکتر درخوش با ۲۰ دقیقه تأخیر به جلسه پیوستند."),
         QStringLiteral("جناب آقای دکتر طاهری جلسه را پیش از پایان ترک کردند."),
         QStringLiteral("جناب آقای نوروزی در این جلسه غایب بودند."),
         QStringLiteral("سرکار خانم کریمی به دلیل سفر کاری از حضور در جلسه معذور بودند.")},
        &missing));
    CHECK(missing == QString());
}

TEST_CASE("A table of decisions with owners and deadlines, and action items")
{
    using namespace test::seed;
    MeetingRecord record = test::seedMeeting();
    record.decisions = {
        decision(1,
                 QStringLiteral("تدوین آیین‌نامه ادغام کارگروه‌ها"),
                 atefiMaleki, QDate(2023, 5, 5)),
        decision(
            2,
            QStringLiteral(
                "انتقال کانال ارتباطی شبکه به پیام‌رسان داخلی"),
            sadeghi, QDate(2023, 4, 25)),
        decision(
            3,
            QStringLiteral("ارسال گزارش فعالیت‌های شبکه به ایفلا"),
            hajiZeinolabedini, QDate(2023, 6, 21)),
    };
    ActionItem action;
    action.id = 1;
    action.task = QStringLiteral("تهیه پیش‌نویس نامه به وزارتخانه");
    action.ownerId = reghabi;
    action.deadline = QDate(2023, 4, 30);
    record.actionItems.append(action);

    const QString text = pdfOf(record, MinutesStyle::Formal, QStringLiteral("decisions-formal"));
    QStringList facts = {QStringLiteral("مصوبات")};
    for (const Decision& row : record.decisions)
        facts += {row.text};
    QString missing;
    CHECK(test::containsInOrder(text, facts, &missing));
    CHECK(missing == QString());
    for (const QString& fact :
         {QStringLiteral("جناب آقای عاطفی‌ملکی"), QStringLiteral("۱۴۰۲/۰۲/۱۵"),
          QStringLiteral("سرکار خانم صادقی"), QStringLiteral("۱۴۰۲/۰۲/۰۵"),
          QStringLiteral("جناب آقای دکتر حاجی‌زین‌العابدینی"),
          QStringLiteral("۱۴۰۲/۰۳/۳۱"), QStringLiteral("اقدامات"),
          QStringLiteral("تهیه پیش‌نویس نامه به وزارتخانه"),
          QStringLiteral("۱۴۰۲/۰۲/۱۰")}) {
        CAPTURE(fact);
        CHECK(has(text, fact));
    }
    CHECK_FALSE(has(text, QStringLiteral("در این جلسه مصوبه‌ای ثبت نشد")));

    const QString narrative =
        pdfOf(record, MinutesStyle::Narrative, QStringLiteral("decisions-narrative"));
    CHECK(has(
        narrative,
        QStringLiteral(
            "تدوین آیین‌نامه ادغام کارگروه‌ها (مسئول پیگیری: جناب آقای "
            "عاطفی‌ملکی؛ مهلت اجرا: ۱۴۰۲/۰۲/۱۵)")));
}

TEST_CASE("A meeting with no contributions still reads as minutes")
{
    MeetingRecord record = test::seedMeeting();
    record.contributions.clear();
    const auto narrative =
        MinutesDocument::render(record, test::seedOrganisation(), MinutesStyle::Narrative);
    CHECK(narrative.plainText().contains(
        QStringLiteral("در ابتدا در رابطه با دو محور اصلی نحوه ادامه کار با وزارتخانه و ادغام "
                       "کارگروه‌ها نظرخواهی شد.")));
    const QString formal = pdfOf(record, MinutesStyle::Formal, QStringLiteral("no-contributions"));
    CHECK(has(formal, QStringLiteral("حاضران")));
    CHECK_FALSE(has(formal, QStringLiteral("خلاصه مذاکرات")));
}

TEST_CASE("A contribution of 10,000 characters runs over pages, every word kept in order")
{
    MeetingRecord record = test::seedMeeting();
    const QStringList words = record.contributions[1].text.split(QLatin1Char(' '));
    QString longText;
    for (int i = 0; longText.size() < 10000; ++i) {
        longText += words[i % words.size()] + QLatin1Char(' ');
        if (i % 40 == 39) // numbered markers, so that order is checkable
            longText += persian::formatNumber(i) + QLatin1Char(' ');
    }
    record.contributions[1].text = longText.trimmed();
    REQUIRE(record.contributions[1].text.size() >= 10000);

    const auto document =
        MinutesDocument::render(record, test::seedOrganisation(), MinutesStyle::Formal);
    const QString path = write(document, DocumentFormat::Pdf, QStringLiteral("long-contribution"));
    CHECK(test::pdfPageCount(path) >= 5);
    QString missing;
    CHECK(test::containsWordsInOrder(test::pdfText(path), record.contributions[1].text, &missing));
    CHECK(missing == QString());
}

TEST_CASE("Markup typed into any field prints as those characters in every format")
{
    const QString markup = QStringLiteral("<img src=x> &amp; <b>\"q\"</b>");
    MeetingRecord record = inPersonWithExceptions();
    Organisation organisation = test::seedOrganisation();
    organisation.name += markup;
    organisation.letterheadLines.append(markup);
    record.series.name += markup;
    record.meeting.title = markup;
    record.meeting.venue += markup;
    record.meeting.onlineLink = QStringLiteral("https://example.org/?a=1&b=<2>");
    record.meeting.summary = markup;
    for (Person& person : record.people) {
        person.familyName += markup;
        person.givenName = markup;
    }
    for (Body& body : record.bodies)
        body.name += markup;
    record.attendance[13].reason = markup;
    record.agenda[0].title += markup;
    record.agenda[0].description = markup;
    record.contributions[0].text += markup;
    record.proposals[0].text += markup;
    record.decisions[0].text += markup;
    record.decisions.append(decision(2, markup, test::seed::reghabi, QDate(2023, 5, 1)));
    ActionItem action;
    action.task = markup;
    record.actionItems.append(action);

    for (const MinutesStyle style :
         {MinutesStyle::Narrative, MinutesStyle::Formal, MinutesStyle::Invitation}) {
        CAPTURE(styleKey(style));
        const auto document = MinutesDocument::render(record, organisation, style);
        const QString name = QStringLiteral("markup-") + styleKey(style);

        QFile htmlFile(write(document, DocumentFormat::Html, name));
        REQUIRE(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        CHECK_FALSE(page.contains(QStringLiteral("<img src=x>")));
        CHECK_FALSE(page.contains(QStringLiteral("<b>\"q\"")));
        CHECK(page.contains(
            QStringLiteral("&lt;img src=x&gt; &amp;amp; &lt;b&gt;&quot;q&quot;&lt;/b&gt;")));

        CHECK(document.textDocument().toPlainText().contains(markup));
        // Every field that holds it shows it: the names of 15 people alone in the documents.
        if (style != MinutesStyle::Invitation)
            CHECK(document.textDocument().toPlainText().count(markup) >= 15);

        const QString content = QString::fromUtf8(test::zipMember(
            write(document, DocumentFormat::Odt, name), QStringLiteral("content.xml")));
        CHECK(content.contains(QStringLiteral("&lt;img src=x&gt; &amp;amp; &lt;b&gt;")));
        CHECK_FALSE(content.contains(QStringLiteral("<img")));

        QFile textFile(write(document, DocumentFormat::Text, name));
        REQUIRE(textFile.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(textFile.readAll()).contains(markup));

        const QString pdf = test::pdfText(write(document, DocumentFormat::Pdf, name));
        CHECK(pdf.contains(QStringLiteral("src=x")));
        CHECK(pdf.contains(QStringLiteral("&amp;")));
        // Escaped once for the layout, never twice, never left as an entity.
        CHECK_FALSE(pdf.contains(QStringLiteral("&amp;amp;")));
        CHECK_FALSE(pdf.contains(QStringLiteral("&lt;")));
        CHECK_FALSE(pdf.contains(QStringLiteral("&quot;")));
    }
}

TEST_CASE("An empty record renders in every style and format without failing")
{
    const MeetingRecord record;
    for (const MinutesStyle style :
         {MinutesStyle::Narrative, MinutesStyle::Formal, MinutesStyle::Invitation}) {
        const auto document = MinutesDocument::render(record, Organisation(), style);
        for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Odt,
                                            DocumentFormat::Html, DocumentFormat::Text}) {
            CAPTURE(styleKey(style), formatKey(format));
            const QString path =
                write(document, format, QStringLiteral("empty-") + styleKey(style));
            CHECK(QFileInfo(path).size() > 0);
        }
    }
}
