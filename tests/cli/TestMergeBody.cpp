// `jalaseh merge body`: a working group of the demo joins another; refusals change nothing.
#include "CommandRun.h"
#include "TestDatabases.h"
#include "support/QtCatchPrinters.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString demoDatabase(const QTemporaryDir& folder)
{
    const QString path =
        jalaseh::test::freshDatabaseAddress(folder, QStringLiteral("demo.jalaseh"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    return path;
}

CommandRun merge(const QString& path, const QString& body, const QString& into, const QString& day)
{
    return runJalaseh({QStringLiteral("--db"), path, QStringLiteral("merge"),
                       QStringLiteral("body"), body, QStringLiteral("--into"), into,
                       QStringLiteral("--on"), day});
}

const QString sharing = QStringLiteral("کارگروه اشتراک تجربیات");
const QString electronic = QStringLiteral("کارگروه منابع الکترونیکی");

} // namespace

TEST_CASE("merge body merges a working group and says who joined", "[cli][merge]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    // Typed with Arabic kaf and yeh, the day in Persian digits.
    const CommandRun run = merge(path, QStringLiteral("كارگروه اشتراک تجربيات"), electronic,
                                 QStringLiteral("۱۴۰۲/۰۷/۰۱"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(sharing + QStringLiteral(" merged into ") + electronic +
                             QStringLiteral(" on ۱۴۰۲/۰۷/۰۱.")));
    CHECK(run.out.contains(QStringLiteral("Joined ") + electronic));

    const CommandRun bodies =
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("bodies"),
                    QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(bodies.exitCode == 0);
    bool found = false;
    for (const QStringList& row : tsvRows(bodies.out))
        if (row.value(1) == sharing) {
            found = true;
            CHECK(row.value(3) == electronic);
            CHECK(row.value(4) == QStringLiteral("2023-09-23")); // tsv dates are ISO
            CHECK(row.value(5) == QStringLiteral("0"));          // no longer active once merged
        }
    CHECK(found);
}

TEST_CASE("merge body refuses what makes no sense and leaves the file alone", "[cli][merge]")
{
    QTemporaryDir folder;
    const QString path = demoDatabase(folder);
    REQUIRE(merge(path, sharing, electronic, QStringLiteral("1402/07/01")).exitCode == 0);
    const QString before = databaseContents(path);

    CommandRun again = merge(path, sharing, electronic, QStringLiteral("1402/08/01"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already merged")));
    CommandRun circle = merge(path, electronic, sharing, QStringLiteral("1402/08/01"));
    CHECK(circle.exitCode == 1);
    CHECK(circle.err.contains(QStringLiteral("cannot be merged into it")));
    CommandRun itself = merge(path, electronic, electronic, QStringLiteral("1402/08/01"));
    CHECK(itself.exitCode == 1);
    CHECK(itself.err.contains(QStringLiteral("itself")));
    CommandRun unknown =
        merge(path, QStringLiteral("کارگروه ناموجود"), electronic, QStringLiteral("1402/08/01"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("list bodies")));
    CommandRun badDay = merge(path, QStringLiteral("کارگروه آموزش و توانمندسازی کتابداران"),
                              electronic, QStringLiteral("1402/13/01"));
    CHECK(badDay.exitCode == 1);
    CHECK(badDay.err.contains(QStringLiteral("is not a date")));
    CHECK(databaseContents(path) == before);
}
