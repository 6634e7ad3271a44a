// The `jalaseh` program itself, started as a shell starts it: what happens between main() and the
// commands (Qt's own argument handling above all) is only seen this way.
#include "support/QtCatchPrinters.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run jalaseh(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JALASEH_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("the program passes every argument to its commands, Qt's option names too", "[cli]")
{
    const QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("demo.jalaseh"));
    const Run init = jalaseh(
        {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    // `--style` is also the name of a Qt option; the minutes must still come in that style.
    const auto minutes = [&](const QString& style) {
        return jalaseh({QStringLiteral("--db"), database, QStringLiteral("export"),
                        QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--style"),
                        style, QStringLiteral("--format"), QStringLiteral("txt")});
    };
    const Run formal = minutes(QStringLiteral("formal"));
    REQUIRE(formal.exitCode == 0);
    CHECK(formal.out.contains(QStringLiteral("صورتجلسه")));
    CHECK(formal.out.contains(QStringLiteral("مصوبات")));
    const Run invitation = minutes(QStringLiteral("invitation"));
    REQUIRE(invitation.exitCode == 0);
    CHECK(invitation.out.contains(QStringLiteral("دعوتنامه")));
    const Run narrative = minutes(QStringLiteral("narrative"));
    REQUIRE(narrative.exitCode == 0);
    CHECK(narrative.out.startsWith(
        QStringLiteral("گزارش نشست راهبران کارگروه‌ها")));
    const Run wrong = minutes(QStringLiteral("fusion"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("fusion")));

    const Run version = jalaseh({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("jalaseh ")));
}
