// A heading never ends a page alone: in the PDF (PageRenderer moves it to the next page) and in
// the ODT (its paragraph style keeps it with the next, for the word processor to do the same).
#include "OdtPackage.h"
#include "PdfText.h"
#include "SeedMeeting.h"
#include "report/DocumentFonts.h"
#include "report/MinutesExport.h"
#include "report/PageRenderer.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

const QString heading = QStringLiteral("دستور جلسه");
const QString content = QStringLiteral("بررسی گزارش کارگروه‌ها");

// `fillers` one-line paragraphs in small type, then the heading and its content.
QString writePages(int fillers, const QString& path)
{
    QString html = QStringLiteral("<html><body dir=\"rtl\">");
    for (int i = 0; i < fillers; ++i)
        html += QStringLiteral("<p style=\"font-size:4pt; margin:0\">سطر %1</p>").arg(i);
    html += QStringLiteral("<h2>") + heading + QStringLiteral("</h2><p>") + content +
            QStringLiteral("</p></body></html>");
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(DocumentFonts::font(11));
    document.setHtml(html);
    QPdfWriter pdf(path);
    PageRenderer::setUpPage(pdf);
    PageRenderer(QStringLiteral("شبکه"), QStringLiteral("صورتجلسه")).render(document, pdf);
    return path;
}

} // namespace

TEST_CASE("A heading at the foot of a page goes to the next page with its content",
          "[report][paging]")
{
    // From a heading well inside the first page to one past it, a filler line at a time; on the
    // way, the heading reaches the foot of the page.
    const QString path = QDir(test::outputFolder()).filePath(QStringLiteral("heading-kept.pdf"));
    bool movedWhole = false;
    for (int fillers = 150; fillers <= 190; ++fillers) {
        CAPTURE(fillers);
        writePages(fillers, path);
        const int pages = test::pdfPageCount(path);
        REQUIRE(pages >= 1);
        const QString folded = test::foldForComparison(heading);
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::foldForComparison(test::pdfPageText(path, page));
            if (!text.contains(folded))
                continue;
            CHECK(text.contains(test::foldForComparison(content)));
            movedWhole = movedWhole || (page > 1 && !text.contains(QStringLiteral("سطر")));
        }
    }
    // The case the test is about did arise: a heading that would have ended page 1.
    CHECK(movedWhole);
}

TEST_CASE("The ODT keeps every heading with the paragraph after it", "[report][paging]")
{
    const QString path =
        QDir(test::outputFolder()).filePath(QStringLiteral("seed-formal-keep.odt"));
    exportMinutes(test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal,
                  DocumentFormat::Odt, path);
    const QString xml = QString::fromUtf8(test::zipMember(path, QStringLiteral("content.xml")));
    static const QRegularExpression headingStyle(
        QStringLiteral("<text:h text:style-name=\"([^\"]+)\""));
    int headings = 0;
    for (const auto& match : headingStyle.globalMatch(xml)) {
        ++headings;
        const QString name = match.captured(1);
        CAPTURE(name);
        const QRegularExpression style(
            QStringLiteral(
                "<style:style style:name=\"%1\"[^>]*>\\s*<style:paragraph-properties[^>]*"
                "fo:keep-with-next=\"always\"")
                .arg(QRegularExpression::escape(name)));
        CHECK(style.match(xml).hasMatch());
    }
    CHECK(headings >= 5);
}
