// `jalaseh backup now | list | restore`, and the backups other commands make on their own.
#include "CommandRun.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString demoFile(const QTemporaryDir& folder)
{
    const QString path = folder.filePath(QStringLiteral("demo.jalaseh"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    return path;
}

CommandRun backup(const QString& path, const QStringList& arguments)
{
    return runJalaseh(QStringList{QStringLiteral("--db"), path, QStringLiteral("backup")} +
                      arguments);
}

QString lastLine(const QString& text)
{
    return text.trimmed().split(QLatin1Char('\n')).last();
}

} // namespace

TEST_CASE("backup now prints the id, backup list shows it, restore makes a file that opens",
          "[cli][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString path = demoFile(folder);
    const CommandRun none = backup(path, {QStringLiteral("list")});
    CHECK(none.exitCode == 0);
    CHECK(none.err.contains(QStringLiteral("no backups yet")));

    const CommandRun now = backup(path, {QStringLiteral("now")});
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    const QString id = lastLine(now.out);
    CHECK(id.contains(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}$"))));

    const CommandRun list = backup(path, {QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(id));
    CHECK(list.out.contains(QStringLiteral("daily")));
    CHECK(list.out.contains(QStringLiteral("۱۴"))); // a Jalali year, in Persian digits
    const CommandRun tsv =
        backup(path, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(tsv.exitCode == 0);
    const auto rows = tsvRows(tsv.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().value(0) == id);
    CHECK(rows.first().value(2).toLongLong() > 0);

    const QString restored = folder.filePath(QStringLiteral("restored.jalaseh"));
    const CommandRun restore =
        backup(path, {QStringLiteral("restore"), id, QStringLiteral("--to"), restored});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(databaseContents(restored) == databaseContents(path));
    const CommandRun meetings = runJalaseh(
        {QStringLiteral("--db"), restored, QStringLiteral("list"), QStringLiteral("meetings")});
    CHECK(meetings.exitCode == 0);
}

TEST_CASE("backup restore never overwrites a file unasked", "[cli][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString path = demoFile(folder);
    const QString id = lastLine(backup(path, {QStringLiteral("now")}).out);
    const QString before = databaseContents(path);

    const CommandRun live =
        backup(path, {QStringLiteral("restore"), id, QStringLiteral("--to"), path});
    CHECK(live.exitCode == 1);
    CHECK(live.err.contains(QStringLiteral("the database itself")));
    CHECK(databaseContents(path) == before);

    const QString other = folder.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(other);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    const CommandRun existing =
        backup(path, {QStringLiteral("restore"), id, QStringLiteral("--to"), other});
    CHECK(existing.exitCode == 1);
    CHECK(existing.err.contains(QStringLiteral("exists already")));
    {
        QFile file(other);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "mine");
    }
    const CommandRun forced = backup(path, {QStringLiteral("restore"), id, QStringLiteral("--to"),
                                            other, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(databaseContents(other) == before);

    const CommandRun unknown =
        backup(path, {QStringLiteral("restore"), QStringLiteral("19990101-000000"),
                      QStringLiteral("--to"), folder.filePath(QStringLiteral("n.jalaseh"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("backup list")));
    const CommandRun noTarget = backup(path, {QStringLiteral("restore"), id});
    CHECK(noTarget.exitCode == 1);
}

TEST_CASE("backups of a server are the server's job", "[cli][backup][sqlite]")
{
    for (const QString& words : {QStringLiteral("now"), QStringLiteral("list")}) {
        const CommandRun run =
            backup(QStringLiteral("postgresql://secretary@db.example.org/jalaseh"), {words});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("pg_dump")));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("a writing command backs the file up once a day, and merge body before merging",
          "[cli][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString path = demoFile(folder);
    const CommandRun merged =
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("merge"), QStringLiteral("body"),
                    QStringLiteral("کارگروه اشتراک تجربیات"), QStringLiteral("--into"),
                    QStringLiteral("کارگروه منابع الکترونیکی"), QStringLiteral("--on"),
                    QStringLiteral("1402/07/01")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const CommandRun tsv =
        backup(path, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")});
    QStringList kinds;
    for (const QStringList& row : tsvRows(tsv.out))
        kinds.append(row.value(3));
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("before merge"), QStringLiteral("daily")});
}

TEST_CASE("copy --force over a file keeps the records it replaces in a backup",
          "[cli][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString source = demoFile(folder);
    const QString target = folder.filePath(QStringLiteral("target.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), target, QStringLiteral("init"),
                        QStringLiteral("--synthetic"), QStringLiteral("1"),
                        QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const QString before = databaseContents(target);
    REQUIRE(before != databaseContents(source));
    const CommandRun copied =
        runJalaseh({QStringLiteral("copy"), source, target, QStringLiteral("--force")});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    const CommandRun tsv =
        backup(target, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("tsv")});
    const auto rows = tsvRows(tsv.out);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.first().value(3) == QStringLiteral("before copy"));
    const QString restored = folder.filePath(QStringLiteral("before-copy.jalaseh"));
    REQUIRE(backup(target, {QStringLiteral("restore"), rows.first().value(0),
                            QStringLiteral("--to"), restored})
                .exitCode == 0);
    CHECK(databaseContents(restored) == before);
}
