// The parts of the minutes an export leaves out (MinutesSections): in both styles and every
// format, a part left out loses its heading and its text, read back as a reader gets them (the
// PDF's text layer, the ODT's content.xml), and approved minutes say what their copy leaves out.
// The attachments are listed under «پیوست‌ها» by name and size in Persian digits.
#include "OdtPackage.h"
#include "PdfText.h"
#include "SeedMeeting.h"
#include "report/MinutesExport.h"
#include "report/MinutesSections.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

// The seed meeting with two files attached (their names and sizes are all the minutes show).
MeetingRecord attachedSeedMeeting()
{
    MeetingRecord record = test::seedMeeting();
    record.attachments = {
        Attachment{.id = 1, .name = QStringLiteral("نامه دبیرخانه"), .size = 12 * 1024},
        Attachment{.id = 2, .name = QStringLiteral("گزارش کارگروه"), .size = 2516582},
    };
    return record;
}

// The document's text as its reader has it, folded for comparison.
QString exportedText(MinutesStyle style, DocumentFormat format, const MinutesOptions& options,
                     const QString& name)
{
    const QString path =
        QDir(test::outputFolder())
            .filePath(
                QStringLiteral("sections-%1-%2.%3").arg(name, styleKey(style), formatKey(format)));
    exportMinutes(attachedSeedMeeting(), test::seedOrganisation(), style, format, path, options);
    QString text;
    switch (format) {
    case DocumentFormat::Pdf:
        text = test::pdfText(path);
        break;
    case DocumentFormat::Odt:
        // The paragraphs' text without the markup between its spans.
        text = QString::fromUtf8(test::zipMember(path, QStringLiteral("content.xml")))
                   .remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        break;
    default: {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
        break;
    }
    }
    REQUIRE_FALSE(text.isEmpty());
    return test::foldForComparison(text);
}

struct Part
{
    QString key;
    QStringList phrases; // what only this part says
    bool formalOnly = false;
};

QList<Part> parts()
{
    const MeetingRecord record = test::seedMeeting();
    // The first words of what was said and of a proposal, as both styles print them.
    const QString said = record.contributions.first().text.section(QLatin1Char(' '), 0, 3);
    return {
        {QStringLiteral("absentees"), {QStringLiteral("نوروزی")}},
        {QStringLiteral("contributions"), {said}},
        {QStringLiteral("proposals"),
         {QStringLiteral(
             "بررسی و رصد شبکه‌های کتابخانه‌ای جهان")}},
        {QStringLiteral("signatures"), {QStringLiteral("امضای حاضران")}, true},
        {QStringLiteral("attachments"),
         {QStringLiteral("پیوست‌ها"), QStringLiteral("نامه دبیرخانه"),
          QStringLiteral("۱۲ کیلوبایت"), QStringLiteral("۲٫۴ مگابایت")}},
    };
}

} // namespace

TEST_CASE("A part left out is gone from every style and format, heading and text",
          "[report][sections]")
{
    const auto style = GENERATE(MinutesStyle::Narrative, MinutesStyle::Formal);
    const auto format = GENERATE(DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html,
                                 DocumentFormat::Text);
    CAPTURE(styleKey(style), formatKey(format));
    const QString whole = exportedText(style, format, {}, QStringLiteral("all"));
    // Signature lines are only in the formal minutes' pages, not in their plain text.
    const auto printed = [&](const Part& part) {
        return !part.formalOnly ||
               (style == MinutesStyle::Formal && format != DocumentFormat::Text);
    };
    for (const Part& part : parts()) {
        CAPTURE(part.key);
        MinutesOptions options;
        REQUIRE(options.sections.set(part.key, false));
        const QString without = exportedText(style, format, options, part.key);
        for (const QString& phrase : part.phrases) {
            CAPTURE(phrase);
            const QString folded = test::foldForComparison(phrase);
            if (printed(part))
                CHECK(whole.contains(folded));
            CHECK_FALSE(without.contains(folded));
        }
        // The rest is all there.
        for (const Part& other : parts()) {
            if (other.key == part.key || !printed(other))
                continue;
            for (const QString& phrase : other.phrases) {
                CAPTURE(other.key, phrase);
                CHECK(without.contains(test::foldForComparison(phrase)));
            }
        }
    }
    // The formal minutes' headings go with their parts.
    if (style == MinutesStyle::Formal) {
        MinutesOptions options;
        options.sections =
            *MinutesSections::without({QStringLiteral("absentees"), QStringLiteral("contributions"),
                                       QStringLiteral("proposals"), QStringLiteral("signatures")});
        const QString bare = exportedText(style, format, options, QStringLiteral("bare"));
        for (const QString& heading : {QStringLiteral("غایبان"), QStringLiteral("خلاصه مذاکرات"),
                                       QStringLiteral("پیشنهادها")}) {
            CAPTURE(heading);
            CHECK(whole.contains(test::foldForComparison(heading)));
            CHECK_FALSE(bare.contains(test::foldForComparison(heading)));
        }
        CHECK(bare.contains(test::foldForComparison(QStringLiteral("مصوبات"))));
    }
}

TEST_CASE("Approved minutes never lose their document id silently", "[report][sections]")
{
    const auto style = GENERATE(MinutesStyle::Narrative, MinutesStyle::Formal);
    const auto format = GENERATE(DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html,
                                 DocumentFormat::Text);
    CAPTURE(styleKey(style), formatKey(format));
    MinutesOptions approved;
    approved.documentId = QStringLiteral("7K3M-Q9XA-4TRB-C2HP");
    const QString id = test::foldForComparison(QStringLiteral("7K3MQ9XA4TRBC2HP"));
    const QString noId = test::foldForComparison(QStringLiteral("این نسخه بدون شناسه سند"));
    const QString abridged = test::foldForComparison(QStringLiteral("در این نسخه نیامده است"));

    const QString whole = exportedText(style, format, approved, QStringLiteral("approved"));
    CHECK(whole.contains(id));
    CHECK_FALSE(whole.contains(noId));
    CHECK_FALSE(whole.contains(abridged));

    SECTION("Left out, the copy says that it has no id")
    {
        MinutesOptions options = approved;
        options.sections.documentId = false;
        const QString text = exportedText(style, format, options, QStringLiteral("no-id"));
        CHECK_FALSE(text.contains(id));
        CHECK(text.contains(noId));
    }
    SECTION("With parts left out, the copy names them by its id")
    {
        MinutesOptions options = approved;
        options.sections.proposals = false;
        const QString text = exportedText(style, format, options, QStringLiteral("abridged"));
        CHECK(text.contains(id));
        CHECK(text.contains(abridged));
        // The proposals' heading is gone with them: the word is the note's.
        CHECK(text.contains(test::foldForComparison(QStringLiteral("پیشنهادها"))));
    }
}

TEST_CASE("The parts are named by the command line's words", "[report][sections]")
{
    CHECK(MinutesSections::keys() ==
          QStringList{QStringLiteral("absentees"), QStringLiteral("contributions"),
                      QStringLiteral("proposals"), QStringLiteral("signatures"),
                      QStringLiteral("attachments"), QStringLiteral("document-id")});
    QString unknown;
    const auto chosen =
        MinutesSections::without({QStringLiteral("Proposals"), QStringLiteral(" document-id ")});
    REQUIRE(chosen);
    CHECK_FALSE(chosen->proposals);
    CHECK_FALSE(chosen->documentId);
    CHECK(chosen->absentees);
    CHECK(chosen->leftOut() ==
          QStringList{QStringLiteral("proposals"), QStringLiteral("document-id")});
    CHECK(chosen->abridged());
    CHECK_FALSE(MinutesSections::without({QStringLiteral("appendices")}, &unknown));
    CHECK(unknown == QStringLiteral("appendices"));
    CHECK_FALSE(MinutesSections::without({QStringLiteral("attachments")})->attachments);
    CHECK_FALSE(MinutesSections().abridged());
}
