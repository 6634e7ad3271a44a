// Exports never write over the database they read, and long cells cost no more than reading them.
#include "CommandRun.h"
#include "cli/TextTable.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

struct DemoDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.jalaseh"));

    DemoDatabase()
    {
        REQUIRE(runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"),
                            QStringLiteral("--demo")})
                    .exitCode == 0);
    }

    CommandRun run(const QStringList& arguments) const
    {
        return runJalaseh(QStringList{QStringLiteral("--db"), path} + arguments);
    }
};

} // namespace

TEST_CASE("an export aimed at the database itself or its side files is refused, the database kept",
          "[cli][sqlite]")
{
    const DemoDatabase demo;
    const QString before = databaseContents(demo.path);
    REQUIRE_FALSE(before.isEmpty());

    // The same file spelt another way, through a link, and SQLite's side files, existing or not.
    REQUIRE(QFile::link(demo.path, demo.dir.filePath(QStringLiteral("link.jalaseh"))));
    const QStringList targets{demo.path,
                              demo.dir.filePath(QStringLiteral("./../") +
                                                QFileInfo(demo.dir.path()).fileName() +
                                                QStringLiteral("/demo.jalaseh")),
                              demo.dir.filePath(QStringLiteral("link.jalaseh")),
                              demo.path + QStringLiteral("-wal"),
                              demo.path + QStringLiteral("-shm"),
                              demo.path + QStringLiteral("-journal")};
    const QList<QStringList> exports{
        {QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("1"),
         QStringLiteral("--format"), QStringLiteral("pdf")},
        {QStringLiteral("export"), QStringLiteral("meeting"), QStringLiteral("1")},
        {QStringLiteral("export"), QStringLiteral("activity"), QStringLiteral("--from"),
         QStringLiteral("1402/01/01"), QStringLiteral("--to"), QStringLiteral("1402/12/29"),
         QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList& command : exports) {
        for (const QString& target : targets) {
            CAPTURE(command, target);
            const CommandRun run = demo.run(command + QStringList{QStringLiteral("-o"), target});
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("is the database itself")));
        }
    }
    CHECK(databaseContents(demo.path) == before);
    CHECK(demo.run({QStringLiteral("list"), QStringLiteral("meetings")}).exitCode == 0);

    // A file beside the database is an ordinary output.
    const QString beside = demo.dir.filePath(QStringLiteral("demo.jalaseh.json"));
    CHECK(demo.run({QStringLiteral("export"), QStringLiteral("meeting"), QStringLiteral("1"),
                    QStringLiteral("-o"), beside})
              .exitCode == 0);
    CHECK(QFile::exists(beside));
}

TEST_CASE("a cell of millions of characters is cut for the table in one pass", "[cli][sqlite]")
{
    // Cutting one character at a time and measuring the whole each time took minutes here.
    QString huge;
    for (int i = 0; i < 260'000; ++i)
        huge += QStringLiteral("کارگروه\u200Cها ");
    jalaseh::cli::TextTable table({QStringLiteral("id"), QStringLiteral("text")});
    table.addRow({QStringLiteral("1"), huge});
    const QStringList lines = table.toText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 3);
    const QString cell = lines.at(2).mid(lines.at(2).indexOf(QStringLiteral("کار")));
    CHECK(cell.endsWith(QStringLiteral("…")));
    CHECK(jalaseh::cli::TextTable::displayWidth(cell) == 60);
    CHECK(huge.startsWith(cell.chopped(1)));

    // A cell as wide as a column is kept whole; one character more is cut.
    jalaseh::cli::TextTable edge({QStringLiteral("text")});
    edge.addRow({QString(60, QLatin1Char('x'))});
    edge.addRow({QString(61, QLatin1Char('y'))});
    const QStringList edgeLines = edge.toText().split(QLatin1Char('\n'));
    CHECK(edgeLines.at(2).trimmed() == QString(60, QLatin1Char('x')));
    CHECK(edgeLines.at(3).trimmed() == QString(59, QLatin1Char('y')) + QStringLiteral("…"));
}
