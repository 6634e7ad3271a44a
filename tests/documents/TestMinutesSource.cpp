// The minutes of the demo meeting as the documents library gathers them, and the command line's
// `export minutes` writing exactly the library's document.
#include "CommandRun.h"
#include "DemoDatabase.h"
#include "ExportRun.h"
#include "PdfText.h"
#include "documents/MinutesSource.h"
#include "report/PdfWriter.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace jalaseh;
using jalaseh::test::DemoDatabase;

namespace {

CommandRun exportMinutes(const DemoDatabase& demo, Id meeting, const QStringList& options)
{
    return runJalaseh(QStringList{QStringLiteral("--db"), demo.path(), QStringLiteral("export"),
                                  QStringLiteral("minutes"), QString::number(meeting)} +
                      options);
}

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("The minutes of the demo meeting: its record, the organisation, the next meeting",
          "[documents][minutes]")
{
    DemoDatabase demo;
    const Id seed = DemoDatabase::seedMeeting(demo.database());
    const QString templates = demo.folder() + QStringLiteral("/templates");
    const auto minutes = documents::MinutesSource::load(demo.database(), seed, templates);
    REQUIRE(minutes);
    CHECK(minutes->record.meeting.id == seed);
    CHECK(minutes->record.meeting.date == QDate(2023, 4, 10));
    CHECK(minutes->record.attendance.size() > 10);
    CHECK(minutes->organisation.name ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    // The formal minutes announce the sequel, 1402/02/25.
    REQUIRE(minutes->options.nextMeeting);
    CHECK(minutes->options.nextMeeting->date == QDate(2023, 5, 15));
    CHECK(minutes->templates.userFolder() == templates);
    CHECK(minutes->render(report::MinutesStyle::Formal)
              .plainText()
              .contains(QStringLiteral("۱۴۰۲/۰۲/۲۵")));

    // Without a folder, the user's templates folder, the window's.
    CHECK(documents::MinutesSource::load(demo.database(), seed)->templates.userFolder() ==
          report::TemplateLibrary::defaultUserFolder());
    CHECK_FALSE(documents::MinutesSource::load(demo.database(), 99999));
}

TEST_CASE("export minutes writes the library's document, in every style, as text and HTML",
          "[documents][minutes][cli]")
{
    DemoDatabase demo;
    const Id seed = DemoDatabase::seedMeeting(demo.database());
    const QString templates = demo.folder() + QStringLiteral("/templates");
    QDir().mkpath(templates);
    // A template of the user's own shows in both.
    writeText(templates + QStringLiteral("/invitation.txt"),
              "{{document.title}}: {{meeting.series}}\n");
    const auto minutes = documents::MinutesSource::load(demo.database(), seed, templates);
    REQUIRE(minutes);
    for (const auto& [key, style] :
         {std::pair{QStringLiteral("narrative"), report::MinutesStyle::Narrative},
          std::pair{QStringLiteral("formal"), report::MinutesStyle::Formal},
          std::pair{QStringLiteral("invitation"), report::MinutesStyle::Invitation}}) {
        CAPTURE(key);
        const report::MinutesDocument document = minutes->render(style);
        const QStringList options{QStringLiteral("--style"), key, QStringLiteral("--templates"),
                                  templates};
        const CommandRun text = exportMinutes(
            demo, seed, options + QStringList{QStringLiteral("--format"), QStringLiteral("txt")});
        INFO(text.err.toStdString());
        REQUIRE(text.exitCode == 0);
        CHECK(text.out == document.plainText());
        const CommandRun html = exportMinutes(
            demo, seed, options + QStringList{QStringLiteral("--format"), QStringLiteral("html")});
        REQUIRE(html.exitCode == 0);
        CHECK(html.out == document.html());
    }
    CHECK(minutes->render(report::MinutesStyle::Invitation).plainText() ==
          QStringLiteral("دعوتنامه: نشست راهبران کارگروه‌ها\n"));
}

TEST_CASE("export minutes writes the library's PDF", "[documents][minutes][cli]")
{
    DemoDatabase demo;
    const Id seed = DemoDatabase::seedMeeting(demo.database());
    test::exportToFile(demo, QStringLiteral("minutes"),
                       {QString::number(seed), QStringLiteral("--style"), QStringLiteral("formal")},
                       QStringLiteral("cli.pdf"));
    const QString fromCli = demo.folder() + QStringLiteral("/cli.pdf");
    const QString fromLibrary = demo.folder() + QStringLiteral("/library.pdf");
    report::PdfWriter().writeFile(
        documents::MinutesSource::load(demo.database(), seed)->render(report::MinutesStyle::Formal),
        fromLibrary);
    const QString text = test::pdfText(fromLibrary);
    CHECK(text.contains(QStringLiteral("صورتجلسه")));
    CHECK(test::pdfText(fromCli) == text);
    CHECK(test::pdfPageCount(fromCli) == test::pdfPageCount(fromLibrary));
}
