// Templates a user copies and edits: the user's folder overrides the built-in files.
#include "SeedMeeting.h"
#include "report/MinutesDocument.h"
#include "report/ReportError.h"
#include "report/TemplateLibrary.h"
#include "support/QtCatchPrinters.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("The built-in templates can be copied out, and a copy once there is kept")
{
    QTemporaryDir folder;
    const QStringList names = TemplateLibrary::builtInNames();
    for (const char* expected : {"narrative.html", "narrative.txt", "formal.html", "formal.txt",
                                 "invitation.html", "invitation.txt", "style.css"})
        CHECK(names.contains(QString::fromLatin1(expected)));

    const QStringList written = TemplateLibrary::copyBuiltIns(folder.path());
    CHECK(written.size() == names.size());
    writeFile(QDir(folder.path()).filePath(QStringLiteral("formal.txt")), "mine");
    CHECK(TemplateLibrary::copyBuiltIns(folder.path()).isEmpty());
    QFile kept(QDir(folder.path()).filePath(QStringLiteral("formal.txt")));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "mine");
}

TEST_CASE(
    "A template in the user's folder is used instead of the built-in one, and re-read when edited")
{
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("narrative.txt"));
    writeFile(path, "{{meeting.series}} / {{meeting.date}} / {{#present}}{{name}}; {{/present}}");
    const TemplateLibrary templates(folder.path());
    CHECK(templates.sourceOf(QStringLiteral("narrative.txt")) == path);
    CHECK(templates.sourceOf(QStringLiteral("narrative.html")).startsWith(QLatin1Char(':')));

    const MeetingRecord record = test::seedMeeting();
    const auto first = MinutesDocument::render(record, test::seedOrganisation(),
                                               MinutesStyle::Narrative, {}, templates);
    CHECK(first.plainText().startsWith(
        QStringLiteral("نشست راهبران کارگروه‌ها / ۱۴۰۲/۰۱/۲۱ / "
                       "سرکار خانم دکتر درخوش; ")));
    CHECK(first.html().contains(
        QStringLiteral("<h1>گزارش نشست راهبران کارگروه‌ها</h1>")));

    writeFile(path, "edited {{meeting.number}}");
    QFile edited(path);
    REQUIRE(edited.open(QIODevice::ReadWrite));
    edited.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
    edited.close();
    const auto second = MinutesDocument::render(record, test::seedOrganisation(),
                                                MinutesStyle::Narrative, {}, templates);
    CHECK(second.plainText() == QStringLiteral("edited ۱\n"));
}

TEST_CASE("A template with a mistake is refused with a sentence naming the file")
{
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("formal.html"));
    writeFile(path, "<p>{{#present}}{{name}}</p>");
    const TemplateLibrary templates(folder.path());
    try {
        MinutesDocument::render(test::seedMeeting(), test::seedOrganisation(), MinutesStyle::Formal,
                                {}, templates);
        FAIL("a broken template should be refused");
    } catch (const ReportError& error) {
        CHECK(error.userMessage().contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(error.technicalDetail().isEmpty());
    }
}
