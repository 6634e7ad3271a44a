// A right-to-left override typed into a name, and never closed, turns around nothing after the
// name in the minutes: every field is isolated in the HTML, the ODT and the PDF, and the PDF's
// text layer gets no isolate marks of ours.
#include "CommandRun.h"
#include "OdtPackage.h"
#include "TextLayer.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QChar rightToLeftOverride(0x202E);
const QChar firstStrongIsolate(0x2068);
const QChar popIsolate(0x2069);

// Latin letters and digits: an override left open would set them right to left ("NBSI").
const QString latin = QStringLiteral("ISBN 9786001234567");

// The demo's committee meeting, with an override at the end of its first speaker's family name
// (the narrative names her by it, right before what she said) and Latin text in what she said.
QByteArray meetingWithOverride()
{
    QFile file(QStringLiteral(JALASEH_SOURCE_DIR "/resources/demo/committee-meeting-1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject meeting = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray contributions = meeting.value(QStringLiteral("contributions")).toArray();
    QJsonObject first = contributions.at(0).toObject();
    const QString speaker = first.value(QStringLiteral("speaker")).toString();
    first.insert(QStringLiteral("text"), QString(latin + QLatin1Char(' ') +
                                                 first.value(QStringLiteral("text")).toString()));
    contributions.replace(0, first);
    meeting.insert(QStringLiteral("contributions"), contributions);
    // The family name is how the file refers to her, so every reference changes with it.
    const QByteArray quoted = QJsonDocument(QJsonArray{speaker}).toJson(QJsonDocument::Compact);
    const QByteArray overridden = QJsonDocument(QJsonArray{QString(speaker + rightToLeftOverride)})
                                      .toJson(QJsonDocument::Compact);
    QByteArray text = QJsonDocument(meeting).toJson(QJsonDocument::Compact);
    REQUIRE(text.count(quoted.mid(1, quoted.size() - 2)) >= 2);
    text.replace(quoted.mid(1, quoted.size() - 2), overridden.mid(1, overridden.size() - 2));
    return text;
}

QString marksIn(const QString& text)
{
    QString marks;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            marks.append(QStringLiteral("U+%1 ").arg(u, 4, 16, QLatin1Char('0')).toUpper());
    }
    return marks;
}

// The characters the PDF's glyphs stand for, in the order they are drawn, as MuPDF reads them
// from the text layer (its structured text: no marks of a reader's own).
QString drawnCharacters(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("mutool"),
                  {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                   QStringLiteral("stext"), QStringLiteral("-o"), QStringLiteral("-"), pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("an override typed into a name reverses nothing after it in HTML and ODT and PDF",
          "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("minutes.jalaseh"));
    const QString meetingFile = dir.filePath(QStringLiteral("meeting.json"));
    {
        QFile file(meetingFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(meetingWithOverride());
    }
    REQUIRE(runJalaseh({QStringLiteral("--db"), database, QStringLiteral("init")}).exitCode == 0);
    const CommandRun imported =
        runJalaseh({QStringLiteral("--db"), database, QStringLiteral("import"),
                    QStringLiteral("meeting"), meetingFile});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString id = imported.out.trimmed();

    const auto exportAs = [&](const QString& format) {
        const QString path = dir.filePath(QStringLiteral("minutes.") + format);
        const CommandRun run =
            runJalaseh({QStringLiteral("--db"), database, QStringLiteral("export"),
                        QStringLiteral("minutes"), id, QStringLiteral("-o"), path});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return path;
    };

    SECTION("HTML")
    {
        QFile file(exportAs(QStringLiteral("html")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        // The override stays the user's, inside the isolate around the name; every isolate ends.
        CHECK(html.contains(rightToLeftOverride + popIsolate));
        CHECK(html.count(firstStrongIsolate) == html.count(popIsolate));
        CHECK(html.count(firstStrongIsolate) >= html.count(rightToLeftOverride));
        CHECK(html.contains(latin));
    }
    SECTION("ODT")
    {
        const QString content = QString::fromUtf8(jalaseh::test::zipMember(
            exportAs(QStringLiteral("odt")), QStringLiteral("content.xml")));
        REQUIRE_FALSE(content.isEmpty());
        CHECK(content.contains(rightToLeftOverride + popIsolate));
        CHECK(content.count(firstStrongIsolate) == content.count(popIsolate));
        CHECK(content.count(firstStrongIsolate) >= content.count(rightToLeftOverride));
        CHECK(content.contains(latin));
    }
    SECTION("PDF")
    {
        const QString pdf = exportAs(QStringLiteral("pdf"));
        // What the readers give back: the Latin text in its own order after the name.
        for (const auto reader :
             {jalaseh::test::PdfReader::Poppler, jalaseh::test::PdfReader::MuPdf}) {
            const QString text = jalaseh::test::readerText(pdf, reader);
            INFO(text.toStdString());
            CHECK(text.contains(QStringLiteral("ISBN")));
            CHECK(text.contains(QStringLiteral("9786001234567")));
            CHECK_FALSE(text.contains(QStringLiteral("NBSI")));
            CHECK_FALSE(text.contains(QStringLiteral("7654321006879")));
        }
        // No isolate or embedding mark of ours among the characters the glyphs stand for.
        const QString drawn = drawnCharacters(pdf);
        REQUIRE(drawn.contains(QStringLiteral("c=\"I\"")));
        CHECK(marksIn(drawn) == QString());
    }
}
