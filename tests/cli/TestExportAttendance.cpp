#include "CommandRun.h"
#include "PdfText.h"
#include "TestDatabases.h"
#include "persian/Digits.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString demoDatabase(const QTemporaryDir& folder)
{
    const QString path =
        jalaseh::test::freshDatabaseAddress(folder, QStringLiteral("demo.jalaseh"));
    const CommandRun init = runJalaseh(
        {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
    REQUIRE(init.exitCode == 0);
    return path;
}

CommandRun exportAttendance(const QString& path, const QStringList& options)
{
    return runJalaseh(QStringList{QStringLiteral("--db"), path, QStringLiteral("export"),
                                  QStringLiteral("attendance")} +
                      options);
}

} // namespace

TEST_CASE("export attendance writes the steering committee's year as CSV", "[cli][attendance]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    const QString output = folder.filePath(QStringLiteral("attendance.csv"));
    // The body typed with Arabic kaf and yeh, the dates with Latin and Persian digits.
    const CommandRun run = exportAttendance(
        path, {QStringLiteral("--body"), QStringLiteral("كميته راهبري"), QStringLiteral("--from"),
               QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("۱۴۰۲/۱۲/۲۹"),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), output});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    // The demo's one committee meeting: 2023-04-24, which is 4 Ordibehesht 1402.
    CHECK(
        lines[0] ==
        QStringLiteral(
            "نام خانوادگی,نام,نقش,جلسه ۱ – ۱۴۰۲/۰۲/۰۴,جلسات دوره عضویت,"
            "حاضر,با تأخیر,خروج زودهنگام,غیبت موجه,غیبت بدون عذر,"
            "ثبت نشده,نرخ حضور,نرخ حضور بدون غیبت‌های موجه"));
    // The five members in Persian order (ر, ع, غ, ف-ا, ف-ر), then the head counts.
    REQUIRE(lines.size() == 10);
    CHECK(lines[1].startsWith(QStringLiteral("رقابی,سهیلا,جانشین,")));
    CHECK(lines[3] == QStringLiteral("غزنوی,نرگس,راهبر,حاضر,1,1,0,0,0,0,0,100.0%,100.0%"));
    // Excused from the only meeting: a rate of 0, and no rate once excused meetings are left out.
    CHECK(lines[4] == QStringLiteral("فاضل,الهام,عضو,غیبت موجه,1,0,0,0,1,0,0,0.0%,"));
    CHECK(lines[6] == QStringLiteral("تعداد حاضران,,,4"));
    CHECK(lines[7] == QStringLiteral("اعضای حاضر,,,4"));
    CHECK(lines[8] == QStringLiteral("اعضای مورد انتظار,,,5"));
    CHECK(lines[9].isEmpty());
}

TEST_CASE("export attendance to the standard output", "[cli][attendance]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    const CommandRun run = exportAttendance(
        path, {QStringLiteral("--body"), QStringLiteral("کمیته راهبری"), QStringLiteral("--from"),
               QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/01/31")});
    REQUIRE(run.exitCode == 0);
    // No meeting in Farvardin: the header and an empty head count only.
    CHECK(run.out.startsWith(QChar(0xFEFF) +
                             QStringLiteral("نام خانوادگی,نام,نقش,جلسات دوره عضویت")));
}

TEST_CASE("export attendance explains what is wrong", "[cli][attendance]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    const QString body = QStringLiteral("کمیته راهبری");
    struct Case
    {
        QStringList options;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--body"), QStringLiteral("کارگروه ناموجود"), QStringLiteral("--from"),
          QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/12/29")},
         QStringLiteral("has no body named")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/12/30"),
          QStringLiteral("--to"), QStringLiteral("1403/01/01")},
         QStringLiteral("کبیسه نیست")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/06/01"),
          QStringLiteral("--to"), QStringLiteral("1402/01/01")},
         QStringLiteral("after it ends")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/01/01")},
         QStringLiteral("--from and --to")},
        {{QStringLiteral("--from"), QStringLiteral("1402/01/01"), QStringLiteral("--to"),
          QStringLiteral("1402/12/29")},
         QStringLiteral("--body")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/01/01"),
          QStringLiteral("--to"), QStringLiteral("1402/12/29"), QStringLiteral("--format"),
          QStringLiteral("xlsx")},
         QStringLiteral("not \"xlsx\"")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/01/01"),
          QStringLiteral("--to"), QStringLiteral("1402/12/29"), QStringLiteral("--format"),
          QStringLiteral("pdf")},
         QStringLiteral("-o")},
        {{QStringLiteral("--body"), body, QStringLiteral("--from"), QStringLiteral("1402/01/01"),
          QStringLiteral("--to"), QStringLiteral("1402/12/29"), QStringLiteral("--role"),
          QStringLiteral("chair")},
         QStringLiteral("no role \"chair\"")},
        {{QStringLiteral("--body"), body, QStringLiteral("--series"),
          QStringLiteral("نشست راهبران کارگروه‌ها"), QStringLiteral("--from"),
          QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/12/29")},
         QStringLiteral("not both")},
        {{QStringLiteral("--series"), QStringLiteral("سلسله ناموجود"), QStringLiteral("--from"),
          QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/12/29")},
         QStringLiteral("no meeting series named")},
    };
    for (const Case& c : cases) {
        const CommandRun run = exportAttendance(path, c.options);
        INFO(c.options.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("export attendance of a series of no body counts the invited", "[cli][attendance]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    // The leads' two meetings: 14 invited, the secretary as such, one absent twice.
    const CommandRun run =
        exportAttendance(path, {QStringLiteral("--series"),
                                QStringLiteral("نشست راهبران كارگروه‌ها"),
                                QStringLiteral("--from"), QStringLiteral("1402/01/01"),
                                QStringLiteral("--to"), QStringLiteral("1402/12/29")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.mid(1).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 19);
    CHECK(lines[0].contains(QStringLiteral("جلسه ۱ – ۱۴۰۲/۰۱/۲۱,جلسه ۲ – ۱۴۰۲/۰۲/۲۵,")));
    CHECK(lines.contains(QStringLiteral("نوروزی,حمید,راهبر,غایب,غایب,2,0,0,0,0,2,0,0.0%,0.0%")));
    CHECK(lines.contains(QStringLiteral(
        "عبدالله‌پور,مریم,راهبر,حاضر,غیبت موجه,2,1,0,0,1,0,0,50.0%,100.0%")));
    CHECK(lines[15] == QStringLiteral("تعداد حاضران,,,13,11"));

    SECTION("and only its leads with --role lead")
    {
        const CommandRun leads = exportAttendance(
            path, {QStringLiteral("--series"),
                   QStringLiteral("نشست راهبران کارگروه‌ها"),
                   QStringLiteral("--from"), QStringLiteral("1402/01/01"), QStringLiteral("--to"),
                   QStringLiteral("1402/12/29"), QStringLiteral("--role"), QStringLiteral("lead")});
        REQUIRE(leads.exitCode == 0);
        const QStringList leadLines = leads.out.mid(1).split(QStringLiteral("\r\n"));
        CHECK(leadLines.size() == 1 + 9 + 3 + 1);
        for (int line = 1; line <= 9; ++line)
            CHECK(leadLines[line].section(QLatin1Char(','), 2, 2) == QStringLiteral("راهبر"));
    }
}

TEST_CASE("export attendance as PDF", "[cli][attendance]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    // The format from the file's suffix.
    const QString output = folder.filePath(QStringLiteral("committee.pdf"));
    const CommandRun run = exportAttendance(
        path, {QStringLiteral("--body"), QStringLiteral("کمیته راهبری"), QStringLiteral("--from"),
               QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/12/29"),
               QStringLiteral("-o"), output});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    const QString text = jalaseh::test::pdfText(output);
    INFO(text.toStdString());
    CHECK(jalaseh::test::containsInOrder(
        text, {QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"),
               QStringLiteral("حضور و غیاب کمیته راهبری"),
               QStringLiteral("از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹"), QStringLiteral("۱ جلسه، ۵ نفر")}));
    CHECK(jalaseh::test::containsInOrder(
        text, {QStringLiteral("سهیلا رقابی"), QStringLiteral("نسرین عتیقه‌چیان"),
               QStringLiteral("نرگس غزنوی"), QStringLiteral("الهام فاضل"),
               QStringLiteral("شیرین فرجامی")}));
    CHECK(jalaseh::test::containsInOrder(text, {QStringLiteral("۴ از ۵")}));
    CHECK(jalaseh::test::containsInOrder(text, {QStringLiteral("در این دوره هشداری نیست")}));
    CHECK(jalaseh::test::containsInOrder(text, {QStringLiteral("صفحه ۱ از ۱")}));
}

namespace {

CommandRun exportActivity(const QString& path, const QStringList& options)
{
    return runJalaseh(QStringList{QStringLiteral("--db"), path, QStringLiteral("export"),
                                  QStringLiteral("activity")} +
                      options);
}

} // namespace

TEST_CASE("export activity writes every body's year as CSV and PDF", "[cli][activity]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    const QStringList period{QStringLiteral("--from"), QStringLiteral("1402/01/01"),
                             QStringLiteral("--to"),   QStringLiteral("1402/12/29"),
                             QStringLiteral("--on"),   QStringLiteral("1402/06/01")};
    const CommandRun csv = exportActivity(path, period);
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.mid(1).split(QStringLiteral("\r\n"));
    // The committee, eight active working groups (the merged one had no meeting), the total.
    REQUIRE(lines.size() == 1 + 9 + 1 + 1);
    CHECK(lines[0].startsWith(
        QStringLiteral("نهاد,نوع,ادغام‌شده در,جلسات بهار ۱۴۰۲,")));
    // The committee met once in spring; its two decisions were done by 1402/06/01.
    CHECK(lines[1] == QStringLiteral("کمیته راهبری,کمیته راهبری,,1,0,0,0,1,0,0,2,0,2,0,"
                                     "۱۴۰۲/۰۲/۰۴"));
    CHECK(lines[10].startsWith(QStringLiteral("همه نهادها,,,1,0,0,0,1,")));

    const QString output = folder.filePath(QStringLiteral("activity.pdf"));
    const CommandRun pdf = exportActivity(
        path, period + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                   QStringLiteral("-o"), output, QStringLiteral("--fold-merged")});
    INFO(pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    const QString text = jalaseh::test::pdfText(output);
    CHECK(jalaseh::test::containsInOrder(
        text, {QStringLiteral("فعالیت نهادها"), QStringLiteral("از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹")}));
    CHECK(jalaseh::test::containsInOrder(text, {QStringLiteral("کمیته راهبری")}));
    CHECK(jalaseh::test::containsInOrder(text, {QStringLiteral("بهار")}));
    CHECK(jalaseh::test::containsInOrder(
        text, {QStringLiteral("صفحه ۱ از %1")
                   .arg(jalaseh::persian::formatNumber(jalaseh::test::pdfPageCount(output)))}));
}

TEST_CASE("export activity explains what is wrong", "[cli][activity]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    struct Case
    {
        QStringList options;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--from"), QStringLiteral("1402/01/01")},
         QStringLiteral("--from and --to")},
        {{QStringLiteral("--from"), QStringLiteral("1402/01/01"), QStringLiteral("--to"),
          QStringLiteral("1402/12/29"), QStringLiteral("--on"), QStringLiteral("1402/13/01")},
         QStringLiteral("--on")},
        {{QStringLiteral("--from"), QStringLiteral("1402/01/01"), QStringLiteral("--to"),
          QStringLiteral("1402/12/29"), QStringLiteral("--format"), QStringLiteral("odt")},
         QStringLiteral("not \"odt\"")},
        {{QStringLiteral("--from"), QStringLiteral("1402/01/01"), QStringLiteral("--to"),
          QStringLiteral("1402/12/29"), QStringLiteral("-o"),
          folder.filePath(QStringLiteral("no/such/folder/a.csv"))},
         QStringLiteral("could not be written")},
        {{QStringLiteral("کمیته")}, QStringLiteral("Unexpected")},
    };
    for (const Case& c : cases) {
        const CommandRun run = exportActivity(path, c.options);
        INFO(c.options.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
    }
}
