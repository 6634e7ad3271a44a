#include "CommandRun.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString demoDatabase(const QTemporaryDir& folder)
{
    const QString path = folder.filePath(QStringLiteral("demo.jalaseh"));
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
            "نام خانوادگی,نام,جلسه ۱ – ۱۴۰۲/۰۲/۰۴,جلسات دوره عضویت,"
            "حاضر,با تأخیر,خروج زودهنگام,غیبت موجه,غیبت بدون عذر,"
            "ثبت نشده,نرخ حضور,نرخ حضور بدون غیبت‌های موجه"));
    // The five members in Persian order (ر, ع, غ, ف-ا, ف-ر), then the head count.
    REQUIRE(lines.size() == 8);
    CHECK(lines[1].startsWith(QStringLiteral("رقابی,")));
    CHECK(lines[3] == QStringLiteral("غزنوی,نرگس,حاضر,1,1,0,0,0,0,0,100.0%,100.0%"));
    // Excused from the only meeting: a rate of 0, and no rate once excused meetings are left out.
    CHECK(lines[4] == QStringLiteral("فاضل,الهام,غیبت موجه,1,0,0,0,1,0,0,0.0%,"));
    CHECK(lines[6] == QStringLiteral("تعداد حاضران,,4"));
    CHECK(lines[7].isEmpty());
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
    CHECK(run.out.startsWith(QChar(0xFEFF) + QStringLiteral("نام خانوادگی,نام,جلسات دوره عضویت")));
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
    };
    for (const Case& c : cases) {
        const CommandRun run = exportAttendance(path, c.options);
        INFO(c.options.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
    }
}
