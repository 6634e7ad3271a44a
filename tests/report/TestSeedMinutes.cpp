// The seed meeting exported as its users would, in both styles, and read back from the PDF the
// way a reader copies text out of it.
#include "PdfText.h"
#include "SeedMeeting.h"
#include "persian/Digits.h"
#include "report/MinutesDocument.h"
#include "report/MinutesSentences.h"
#include "report/PdfWriter.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QRegularExpression>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

QString exportPdf(const MinutesDocument& document, const QString& name)
{
    const QString path = QDir(test::outputFolder()).filePath(name);
    PdfWriter().writeFile(document, path);
    return path;
}

// Each contribution's speaker and the first words of what was said, in the seed's order.
QStringList contributionFacts(const MeetingRecord& record)
{
    const QStringList speakers = {
        QStringLiteral("سرکار خانم دکتر رقابی"),
        QStringLiteral("جناب آقای دکتر حاجی‌زین‌العابدینی"),
        QStringLiteral("جناب آقای دکتر طاهری"),
        QStringLiteral("جناب آقای عاطفی‌ملکی"),
        QStringLiteral("سرکار خانم دکتر غزنوی"),
        QStringLiteral("سرکار خانم فاضل"),
        QStringLiteral("سرکار خانم دکتر رقابی"),
        QStringLiteral("سرکار خانم صادقی")};
    REQUIRE(record.contributions.size() == speakers.size());
    QStringList facts;
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        facts.append(speakers[i]);
        facts.append(record.contributions[i].text.section(QLatin1Char(' '), 0, 3));
    }
    return facts;
}

} // namespace

TEST_CASE("The seed's narrative report exports to a PDF whose text holds every fact in order")
{
    const MeetingRecord record = test::seedMeeting();
    const MinutesDocument document =
        MinutesDocument::render(record, test::seedOrganisation(), MinutesStyle::Narrative);
    const QString path = exportPdf(document, QStringLiteral("seed-narrative.pdf"));
    const QString text = test::pdfText(path);
    REQUIRE_FALSE(text.isEmpty());

    SECTION("every word of the document is in the text layer, in logical order")
    {
        QString missing;
        CHECK(test::containsWordsInOrder(text, document.plainText(), &missing));
        CHECK(missing == QString());
    }
    SECTION("the seed's facts come in the seed's order")
    {
        QStringList facts = {
            QStringLiteral("گزارش نشست راهبران کارگروه‌ها"),
            QStringLiteral(
                "اولین نشست مجازی راهبران کارگروه‌های شبکه کتابخانه‌های دانشگاهی کشور"),
            QStringLiteral("از ساعت ۱۲ الی ۱۳:۲۰"),
            QStringLiteral("دوشنبه ۱۴۰۲/۰۱/۲۱"),
            QStringLiteral("در سامانه دانشگاه صنعتی شریف برگزار شد"),
            QStringLiteral(
                "راهبران کارگروه‌ها (سرکار خانم‌ها دکتر درخوش، عبدالله‌پور، صادقی و "
                "جناب آقایان دکتر طاهری، دکتر امینی‌نسب، عاطفی‌ملکی، حسینی)"),
            QStringLiteral(
                "جناب آقای دکتر حاجی‌زین‌العابدینی به عنوان مهمان مدعو"),
            QStringLiteral(
                "اعضای کمیته راهبری (سرکار خانم‌ها دکتر غزنوی، دکتر رقابی، عتیقه‌چیان، "
                "فاضل و فرجامی) حضور داشتند"),
            QStringLiteral("راهبران کارگروه اشتراک تجربیات"),
            QStringLiteral("غایبین این جلسه بودند"),
        };
        facts += contributionFacts(record);
        facts += {
            QStringLiteral(
                "ادغام کارگروه‌ها (پیشنهاد جناب آقای عاطفی‌ملکی، با تأیید "
                "سرکار خانم‌ها دکتر درخوش و فاضل)"),
            QStringLiteral(
                "در انتها، ضمن جمع‌بندی موارد ذکر شده، تصمیم‌گیری در خصوص "
                "فعالیت‌ها به جلسات بعدی موکول شد.")};
        QString missing;
        CHECK(test::containsInOrder(text, facts, &missing));
        CHECK(missing == QString());
    }
    SECTION("the questions put to the room open the answers to them, as in the seed")
    {
        QString missing;
        CHECK(test::containsInOrder(
            text,
            {QStringLiteral("جناب آقای عاطفی‌ملکی"),
             QStringLiteral("در ادامه در رابطه با دو محور اصلی نحوه ادامه کار با وزارتخانه و "
                            "ادغام کارگروه‌ها نظرخواهی شد."),
             QStringLiteral("سرکار خانم دکتر غزنوی")},
            &missing));
        CHECK(missing == QString());
    }
    SECTION("the pages carry the organisation and Persian page numbers")
    {
        const int pages = test::pdfPageCount(path);
        REQUIRE(pages >= 1);
        const QString folded = test::foldForComparison(text);
        CHECK(folded.count(test::foldForComparison(QStringLiteral(
                  "شبکه کتابخانه‌های دانشگاهی کشور"))) >= pages);
        for (int page = 1; page <= pages; ++page) {
            const QString footer =
                QStringLiteral("صفحه %1 از %2")
                    .arg(persian::formatNumber(page), persian::formatNumber(pages));
            CHECK(folded.contains(test::foldForComparison(footer)));
        }
        CHECK(folded.contains(test::foldForComparison(QStringLiteral("صفحه ۱ از"))));
    }
}

TEST_CASE("The seed's formal minutes export with letterhead, lists, table and signature lines")
{
    const MeetingRecord record = test::seedMeeting();
    const MinutesDocument document =
        MinutesDocument::render(record, test::seedOrganisation(), MinutesStyle::Formal);
    const QString text = test::pdfText(exportPdf(document, QStringLiteral("seed-formal.pdf")));
    REQUIRE_FALSE(text.isEmpty());

    SECTION("every word of the document is in the text layer")
    {
        QString missing;
        // Table cells may come out of a PDF in any order; the words of each are there.
        const QString folded = test::foldForComparison(text);
        for (const QString& word : document.plainText().split(
                 QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (!folded.contains(test::foldForComparison(word))) {
                missing = word;
                break;
            }
        }
        CHECK(missing == QString());
    }
    SECTION("the header facts are all there")
    {
        const QString folded = test::foldForComparison(text);
        for (const QString& fact :
             {QStringLiteral("صورتجلسه"), QStringLiteral("دبیرخانه کمیته راهبری"),
              QStringLiteral("نشست راهبران کارگروه‌ها"),
              QStringLiteral("شماره جلسه"), QStringLiteral("(اولین نشست)"),
              QStringLiteral("دوشنبه ۱۴۰۲/۰۱/۲۱"), QStringLiteral("از ساعت ۱۲ الی ۱۳:۲۰"),
              QStringLiteral("مجازی"), QStringLiteral("سامانه دانشگاه صنعتی شریف"),
              QStringLiteral("شرح مصوبه"), QStringLiteral("مسئول پیگیری"),
              QStringLiteral("مهلت اجرا")})
            CHECK(folded.contains(test::foldForComparison(fact)));
    }
    SECTION("the people, the discussion and the deferral come in order")
    {
        // pdftotext reads a table's cells column by column, so only the rows' order is checked.
        QStringList facts = {
            QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"),
            QStringLiteral("حاضران")};
        for (const Attendance& attendance : record.attendance) {
            if (attendance.status == AttendanceStatus::Absent)
                continue;
            facts.append(MinutesSentences(record, {}).name(attendance.personId));
        }
        facts += {QStringLiteral("غایبان"),
                  QStringLiteral("سرکار خانم کریمی"),
                  QStringLiteral("جناب آقای نوروزی"),
                  QStringLiteral("دستور جلسه"),
                  QStringLiteral("نحوه ادامه کار با وزارتخانه"),
                  QStringLiteral("ادغام کارگروه‌ها"),
                  QStringLiteral("خلاصه مذاکرات")};
        facts += contributionFacts(record);
        facts += {QStringLiteral("پیشنهادها"),
                  QStringLiteral("مصوبات"),
                  QStringLiteral("موکول به جلسات بعدی"),
                  QStringLiteral("تصمیم‌گیری در خصوص فعالیت‌ها"),
                  QStringLiteral("جلسه بعد"),
                  QStringLiteral("امضای حاضران"),
                  QStringLiteral("سرکار خانم دکتر درخوش"),
                  QStringLiteral("سرکار خانم فرجامی")};
        QString missing;
        CHECK(test::containsInOrder(text, facts, &missing));
        CHECK(missing == QString());
    }
}
