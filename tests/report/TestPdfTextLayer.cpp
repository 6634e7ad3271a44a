// The text layer of the PDFs read back as readers give it, letters untouched: what a user gets
// when copying a paragraph out of the minutes, or searching them.
#include "OdtPackage.h"
#include "PdfText.h"
#include "SeedMeeting.h"
#include "TextLayer.h"
#include "report/MinutesDocument.h"
#include "report/MinutesExport.h"
#include "report/PdfTextLayer.h"
#include "report/PdfWriter.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <iostream>

using namespace jalaseh;
using namespace jalaseh::report;
using test::PdfReader;

namespace {

QString exportPdf(const Document& document, const QString& name)
{
    const QString path = QDir(test::outputFolder()).filePath(name);
    PdfWriter().writeFile(document, path);
    return path;
}

// The PDF as Qt writes it, without the mended text layer: the figures before.
QString exportQtPdf(const Document& document, const QString& name)
{
    const QString path = QDir(test::outputFolder()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QPdfWriter pdf(&file);
    pdf.setTitle(document.title());
    document.paintPages(pdf);
    return path;
}

void printFigures(const char* what, const QString& text, const QString& typed)
{
    const auto exact = test::matchWords(text, typed, false);
    const auto pairs = test::pairOrder(text, typed);
    std::cout << what << ": presentation forms " << test::presentationForms(text) << ", letters "
              << std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })
              << ", words found " << exact.found << "/" << exact.total << ", pairs logical "
              << pairs.logical << "/" << pairs.total << " reversed only " << pairs.reversedOnly
              << ", zwnj " << test::zwnjCount(text) << " (typed " << test::zwnjCount(typed)
              << ")\n  missing: " << exact.missing.join(QLatin1Char(' ')).toStdString() << "\n";
}

} // namespace

TEST_CASE("Measure the text layer", "[.measure]")
{
    for (const MinutesStyle style : {MinutesStyle::Narrative, MinutesStyle::Formal}) {
        const MinutesDocument document =
            MinutesDocument::render(test::seedMeeting(), test::seedOrganisation(), style);
        const QString typed = document.plainText();
        std::cout << "== " << styleKey(style).toStdString() << "\n";
        QElapsedTimer timer;
        const QString before = exportQtPdf(document, QStringLiteral("measure-qt.pdf"));
        for (int round = 0; round < 3; ++round) {
            timer.start();
            exportQtPdf(document, QStringLiteral("measure-qt.pdf"));
            const qint64 qt = timer.restart();
            exportPdf(document, QStringLiteral("measure-mended.pdf"));
            std::cout << "export ms: Qt alone " << qt << ", mended " << timer.elapsed() << "\n";
        }
        QFile drawn(before);
        REQUIRE(drawn.open(QIODevice::ReadOnly));
        const QByteArray bytes = drawn.readAll();
        timer.start();
        for (int round = 0; round < 10; ++round)
            PdfTextLayer::mend(bytes);
        std::cout << "mend alone, ms each: " << timer.elapsed() / 10.0 << "\n";
        const QString after = exportPdf(document, QStringLiteral("measure-mended.pdf"));
        printFigures("before pdftotext", test::readerText(before, PdfReader::Poppler), typed);
        printFigures("before mutool", test::readerText(before, PdfReader::MuPdf), typed);
        printFigures("after pdftotext", test::readerText(after, PdfReader::Poppler), typed);
        printFigures("after mutool", test::readerText(after, PdfReader::MuPdf), typed);
        const QString odt = QDir(test::outputFolder()).filePath(QStringLiteral("measure.odt"));
        exportMinutes(test::seedMeeting(), test::seedOrganisation(), style, DocumentFormat::Odt,
                      odt);
        printFigures("odt", test::odtText(odt), typed);
        printFigures("html", test::htmlText(document.html()), typed);
        printFigures("text", typed, typed);
    }
}

namespace {

// The minutes' PDF read back by both readers, letters untouched, against the minutes' text export.
void checkMinutesTextLayer(MinutesStyle style)
{
    const MinutesDocument document =
        MinutesDocument::render(test::seedMeeting(), test::seedOrganisation(), style);
    const QString typed = document.plainText();
    REQUIRE(test::zwnjCount(typed) > 10);
    const QString path =
        exportPdf(document, QStringLiteral("text-layer-%1.pdf").arg(styleKey(style)));

    const QString poppler = test::readerText(path, PdfReader::Poppler);
    REQUIRE_FALSE(poppler.isEmpty());
    CHECK(test::presentationForms(poppler) == 0);
    const auto words = test::matchWords(poppler, typed, false);
    CAPTURE(words.missing);
    CHECK(words.found == words.total);
    const auto popplerOrder = test::pairOrder(poppler, typed);
    CAPTURE(popplerOrder.missing);
    // In order; only pairs a table cell wraps apart (its lines read across the row) are missing.
    CHECK(popplerOrder.reversedOnly == 0);
    CHECK(popplerOrder.logical >= popplerOrder.total * 95 / 100);

    const QString mupdf = test::readerText(path, PdfReader::MuPdf);
    REQUIRE_FALSE(mupdf.isEmpty());
    CHECK(test::presentationForms(mupdf) == 0);
    const auto mupdfWords = test::matchWords(mupdf, typed, false);
    CAPTURE(mupdfWords.missing);
    CHECK(mupdfWords.found == mupdfWords.total);
    const auto mupdfOrder = test::pairOrder(mupdf, typed);
    CAPTURE(mupdfOrder.missing);
    CHECK(mupdfOrder.reversedOnly == 0);
    CHECK(mupdfOrder.logical >= mupdfOrder.total * 95 / 100);
    CHECK(test::zwnjCount(mupdf) == test::zwnjCount(poppler));
}

} // namespace

TEST_CASE("The narrative minutes copy out of the PDF as typed, ZWNJ and all", "[report][pdftext]")
{
    checkMinutesTextLayer(MinutesStyle::Narrative);
}

TEST_CASE("The formal minutes copy out of the PDF as typed, ZWNJ and all", "[report][pdftext]")
{
    checkMinutesTextLayer(MinutesStyle::Formal);
}

TEST_CASE("The PDF keeps its fonts embedded and subset, and looks as Qt drew it",
          "[report][pdftext]")
{
    const MinutesDocument document = MinutesDocument::render(
        test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Narrative);
    const QString mended = exportPdf(document, QStringLiteral("look-mended.pdf"));
    const QString drawn = exportQtPdf(document, QStringLiteral("look-qt.pdf"));
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {mended});
    REQUIRE(fonts.waitForFinished(30000));
    const QStringList rows =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n')).mid(2);
    int listed = 0;
    for (const QString& row : rows) {
        if (row.trimmed().isEmpty())
            continue;
        ++listed;
        CAPTURE(row);
        // "name type encoding emb sub uni object ID": embedded, with a ToUnicode map. (Qt's
        // subsets carry no "ABCDEF+" tag, so pdffonts says "no" under sub; the file size shows it.)
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns[columns.size() - 5] == QStringLiteral("yes"));
        CHECK(columns[columns.size() - 3] == QStringLiteral("yes"));
    }
    CHECK(listed >= 2);
    // Subset: the whole of Noto Sans Arabic alone is 244 KB.
    CHECK(QFileInfo(mended).size() < 100 * 1024);
    // The pages rendered by poppler are the same pixels with and without the mended text layer.
    for (const QString& pdf : {mended, drawn}) {
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                      QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                      QStringLiteral("-singlefile"), pdf, pdf});
        REQUIRE(render.waitForFinished(30000));
    }
    QFile a(mended + QStringLiteral(".ppm")), b(drawn + QStringLiteral(".ppm"));
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == b.readAll());
}

TEST_CASE("A viewer's search finds a word typed with its letters and ZWNJ", "[report][pdftext]")
{
    const MinutesDocument document = MinutesDocument::render(
        test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Narrative);
    const QString path = exportPdf(document, QStringLiteral("search-narrative.pdf"));
    // As Evince and Okular search (both poppler): the query as a user types it.
    for (const QString& word :
         {QStringLiteral("کارگروه‌ها"), QStringLiteral("کتابخانه‌های"),
          QStringLiteral("دانشگاهی"), QStringLiteral("پیشنهادها")}) {
        CAPTURE(word);
        CHECK(test::popplerFinds(path, word));
    }
    CHECK_FALSE(test::popplerFinds(path, QStringLiteral("ناموجودترین")));
}
