// Every style of the seed meeting in every format, and each format's file checked as the program
// that opens it would read it.
#include "OdtPackage.h"
#include "PdfText.h"
#include "SeedMeeting.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"
#include "report/MinutesExport.h"
#include "report/ReportError.h"
#include "support/QtCatchPrinters.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pathFor(MinutesStyle style, DocumentFormat format)
{
    return QDir(test::outputFolder())
        .filePath(QStringLiteral("seed-%1.%2").arg(styleKey(style), formatKey(format)));
}

} // namespace

TEST_CASE("The seed meeting exports in every style and every format")
{
    const MeetingRecord record = test::seedMeeting();
    const Organisation organisation = test::seedOrganisation();
    const auto style =
        GENERATE(MinutesStyle::Narrative, MinutesStyle::Formal, MinutesStyle::Invitation);
    const auto format = GENERATE(DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html,
                                 DocumentFormat::Text);
    CAPTURE(styleKey(style), formatKey(format));
    const QString path = pathFor(style, format);
    exportMinutes(record, organisation, style, format, path);
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 200);

    const QString organisationName = organisation.name;
    switch (format) {
    case DocumentFormat::Pdf:
        CHECK(bytes.startsWith("%PDF-"));
        CHECK(test::foldForComparison(test::pdfText(path))
                  .contains(test::foldForComparison(organisationName)));
        break;
    case DocumentFormat::Odt: {
        CHECK(test::zipMember(path, QStringLiteral("mimetype")) ==
              "application/vnd.oasis.opendocument.text");
        const QString content =
            QString::fromUtf8(test::zipMember(path, QStringLiteral("content.xml")));
        CHECK(content.contains(organisationName));
        // Right to left, so that LibreOffice and Word open it the right way round.
        CHECK(content.contains(QStringLiteral("style:writing-mode=\"rl-tb\"")));
        break;
    }
    case DocumentFormat::Html: {
        const QString html = QString::fromUtf8(bytes);
        CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
        CHECK(html.contains(organisationName));
        // One self-contained file: nothing fetched from elsewhere.
        CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
        CHECK_FALSE(html.contains(QStringLiteral("<link")));
        if (style != MinutesStyle::Narrative)
            CHECK(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
        break;
    }
    case DocumentFormat::Text: {
        const QString text = QString::fromUtf8(bytes);
        CHECK_FALSE(text.contains(QLatin1Char('<')));
        CHECK(text.contains(QStringLiteral("نشست راهبران کارگروه‌ها")));
        CHECK(text.contains(QStringLiteral("۱۴۰۲/۰۱/۲۱")));
        break;
    }
    case DocumentFormat::Csv:
        FAIL("minutes are not written as CSV");
    }
}

TEST_CASE("The PDF embeds every font it uses")
{
    const QString path = pathFor(MinutesStyle::Formal, DocumentFormat::Pdf);
    exportMinutes(test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal,
                  DocumentFormat::Pdf, path);
    QProcess pdffonts;
    pdffonts.start(QStringLiteral("pdffonts"), {path});
    REQUIRE(pdffonts.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(pdffonts.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    bool arabicFont = false;
    for (const QString& line : lines.mid(2)) {
        CAPTURE(line);
        // Columns: name, type, encoding, emb, sub, uni, object, generation.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 8);
        CHECK(columns[columns.size() - 5] == QStringLiteral("yes"));
        arabicFont = arabicFont || line.startsWith(QStringLiteral("NotoSansArabic"));
    }
    CHECK(arabicFont);
}

TEST_CASE("The PDF is A4")
{
    const MinutesDocument document = MinutesDocument::render(
        test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal);
    const QString path = QDir(test::outputFolder()).filePath(QStringLiteral("seed-formal-a4.pdf"));
    DocumentWriter::forFormat(DocumentFormat::Pdf)->writeFile(document, path);
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(30000));
    CHECK(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
}

TEST_CASE("Tables run right to left: the first column is on the right")
{
    const MinutesDocument document = MinutesDocument::render(
        test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal);
    QTextDocument& layout = document.textDocument();
    layout.setPageSize(QSizeF(700, 100000));
    const QString rowNumber = QStringLiteral("ردیف");
    int tables = 0;
    for (QTextBlock block = layout.begin(); block.isValid(); block = block.next()) {
        if (block.text() != rowNumber)
            continue;
        ++tables;
        // Where a click on the header row lands, as the layout paints it: the right edge is the
        // row-number column, the left edge another.
        const qreal y = layout.documentLayout()->blockBoundingRect(block).center().y();
        const auto textAt = [&](qreal x) {
            QTextCursor at(&layout);
            at.setPosition(layout.documentLayout()->hitTest(QPointF(x, y), Qt::FuzzyHit));
            return at.block().text();
        };
        CHECK(textAt(695) == rowNumber);
        CHECK(textAt(5) != rowNumber);
    }
    CHECK(tables >= 4);
}

TEST_CASE("A failed export says which file and leaves no half-written file")
{
    const QString path = QStringLiteral("/nonexistent-folder/minutes.pdf");
    try {
        exportMinutes(test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Narrative,
                      DocumentFormat::Pdf, path);
        FAIL("the export should have failed");
    } catch (const ReportError& error) {
        CHECK(error.userMessage().contains(path));
    }
    CHECK_FALSE(QFile::exists(path));
}

namespace {

// The text of each table-cell of the first ODT table row that has a cell reading `cellText`, in
// document order; empty when there is no such row.
QStringList odtRowWith(const QByteArray& content, const QString& cellText)
{
    QXmlStreamReader xml(content);
    QStringList row;
    QString cell;
    int depth = 0; // inside a table-cell
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table-row"))
            row.clear();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table-cell")) {
            ++depth;
            cell.clear();
        }
        if (xml.isCharacters() && depth > 0)
            cell += xml.text();
        if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("table:table-cell")) {
            --depth;
            row.append(cell.trimmed());
        }
        if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("table:table-row") &&
            row.contains(cellText))
            return row;
    }
    return {};
}

} // namespace

TEST_CASE("The ODT package is well-formed, lists its parts, and keeps Persian order")
{
    const QString path = pathFor(MinutesStyle::Formal, DocumentFormat::Odt);
    exportMinutes(test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal,
                  DocumentFormat::Odt, path);

    SECTION("every XML part parses, and every part the manifest names is in the package")
    {
        const QByteArray manifest = test::zipMember(path, QStringLiteral("META-INF/manifest.xml"));
        REQUIRE_FALSE(manifest.isEmpty());
        QStringList parts;
        QXmlStreamReader reader(manifest);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("file-entry"))
                parts.append(
                    reader.attributes().value(QLatin1String("manifest:full-path")).toString());
        }
        CHECK_FALSE(reader.hasError());
        CHECK(parts.contains(QStringLiteral("content.xml")));
        CHECK(parts.contains(QStringLiteral("styles.xml")));
        for (const QString& part : parts) {
            if (part == QLatin1String("/"))
                continue;
            CAPTURE(part);
            const QByteArray bytes = test::zipMember(path, part);
            CHECK_FALSE(bytes.isEmpty());
            if (part.endsWith(QLatin1String(".xml"))) {
                QXmlStreamReader xml(bytes);
                while (!xml.atEnd())
                    xml.readNext();
                CHECK_FALSE(xml.hasError());
            }
        }
    }
    SECTION("tables are right to left with their first column first; paragraphs never "
            "flush left")
    {
        const QByteArray content = test::zipMember(path, QStringLiteral("content.xml"));
        const QStringList header = odtRowWith(content, QStringLiteral("شرح مصوبه"));
        CHECK(header == QStringList{QStringLiteral("ردیف"), QStringLiteral("شرح مصوبه"),
                                    QStringLiteral("مسئول پیگیری"), QStringLiteral("مهلت اجرا")});
        CHECK_FALSE(content.contains("style:writing-mode=\"lr-tb\""));
        CHECK_FALSE(content.contains("fo:text-align=\"left\""));
        CHECK(content.contains("fo:text-align=\"start\""));
    }
    SECTION("a word processor reads it back (when LibreOffice is installed)")
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            WARN("LibreOffice is not installed; the ODT was checked by its structure only");
            return;
        }
        const QString folder = QDir(test::outputFolder()).filePath(QStringLiteral("soffice"));
        QDir().mkpath(folder);
        QProcess convert;
        convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                QStringLiteral("pdf"), QStringLiteral("--outdir"), folder, path});
        REQUIRE(convert.waitForFinished(120000));
        const QString pdf = QDir(folder).filePath(QStringLiteral("seed-formal.pdf"));
        const QString text = test::foldForComparison(test::pdfText(pdf));
        for (const QString& fact :
             {QStringLiteral("صورتجلسه"),
              QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"),
              QStringLiteral("دوشنبه ۱۴۰۲/۰۱/۲۱"), QStringLiteral("شرح مصوبه"),
              QStringLiteral("سرکار خانم دکتر رقابی")})
            CHECK(text.contains(test::foldForComparison(fact)));
    }
}
