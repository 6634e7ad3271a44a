// `jalaseh copy` and `init` on the engine under test: on SQLite file to file, on PostgreSQL file
// to server and back. A copy keeps every id, so every meeting's `export meeting` JSON is the
// same byte for byte on both sides.
#include "CommandRun.h"
#include "TestDatabases.h"
#include "exchange/MeetingExport.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QStringList meetingIds(const QString& database)
{
    const CommandRun list =
        runJalaseh({QStringLiteral("--db"), database, QStringLiteral("list"),
                    QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(list.exitCode == 0);
    QStringList ids;
    for (const QStringList& row : tsvRows(list.out))
        ids.append(row.first());
    return ids;
}

QString exportMeeting(const QString& database, const QString& id)
{
    const CommandRun run = runJalaseh({QStringLiteral("--db"), database, QStringLiteral("export"),
                                       QStringLiteral("meeting"), id, QStringLiteral("--format"),
                                       QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// Every meeting exported from both databases, compared byte for byte: the JSON of
// `export meeting`, made in-process with each database opened once (a command per meeting made
// the generated year take minutes).
void checkSameMeetings(const QString& one, const QString& other)
{
    const QStringList ids = meetingIds(one);
    REQUIRE_FALSE(ids.isEmpty());
    CHECK(meetingIds(other) == ids);
    auto first = jalaseh::storage::Database::open(one);
    auto second = jalaseh::storage::Database::open(other);
    REQUIRE(first.database);
    REQUIRE(second.database);
    int differing = 0;
    for (const QString& id : ids) {
        const auto left = jalaseh::exchange::exportMeeting(*first.database, id.toLongLong());
        const auto right = jalaseh::exchange::exportMeeting(*second.database, id.toLongLong());
        REQUIRE(left);
        if (!right || *left != *right) {
            UNSCOPED_INFO("meeting " << id.toStdString() << " differs");
            ++differing;
        }
    }
    CHECK(differing == 0);
    // And once through the command itself.
    CHECK(exportMeeting(one, ids.first()).toUtf8() == exportMeeting(other, ids.first()).toUtf8());
}

void copy(const QString& source, const QString& target, bool force = false)
{
    QStringList arguments{QStringLiteral("copy"), source, target};
    if (force)
        arguments.append(QStringLiteral("--force"));
    const CommandRun run = runJalaseh(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Copied")));
}

} // namespace

TEST_CASE("copy keeps every id and every meeting of the demo data, there and back", "[cli][copy]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.jalaseh"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), demo, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    // Approved minutes go with their versions, and their ids verify in the copies.
    const CommandRun approved = runJalaseh({QStringLiteral("--db"), demo, QStringLiteral("approve"),
                                            QStringLiteral("minutes"), QStringLiteral("1")});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    const QString documentId = approved.out.trimmed().split(QLatin1Char('\n')).last();
    const QString there = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("there.jalaseh"));
    copy(demo, there);
    checkSameMeetings(demo, there);

    const QString back = dir.filePath(QStringLiteral("back.jalaseh"));
    copy(there, back);
    checkSameMeetings(demo, back);
    CHECK(databaseContents(back) == databaseContents(demo));
    for (const QString& copied : {there, back})
        CHECK(runJalaseh({QStringLiteral("--db"), copied, QStringLiteral("verify"), documentId})
                  .exitCode == 0);
    // Approved minutes go only with the whole database, replaced by its owner.
    copy(demo, there, true);
    CHECK(runJalaseh({QStringLiteral("--db"), there, QStringLiteral("verify"), documentId})
              .exitCode == 0);

    // The target's id sequences are past the copied ids: a new person gets a new id.
    auto opened = jalaseh::storage::Database::open(there);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    jalaseh::storage::PersonRepository people(*opened.database);
    jalaseh::Id largest = 0;
    for (const jalaseh::Person& person : people.all())
        largest = std::max(largest, person.id);
    jalaseh::Person person;
    person.familyName = QStringLiteral("تازه‌وارد");
    CHECK(people.insert(person) == largest + 1);
}

TEST_CASE("copy keeps a generated year meeting by meeting", "[cli][copy]")
{
    QTemporaryDir dir;
    const QString year = dir.filePath(QStringLiteral("year.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), year, QStringLiteral("init"),
                        QStringLiteral("--synthetic"), QStringLiteral("1")})
                .exitCode == 0);
    const QString there = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("there.jalaseh"));
    copy(year, there);
    checkSameMeetings(year, there);
}

TEST_CASE("copy refuses a target holding records unless forced, and leaves it alone", "[cli][copy]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.jalaseh"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), demo, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    const QString target =
        jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("target.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), target, QStringLiteral("init"),
                        QStringLiteral("--synthetic"), QStringLiteral("1"),
                        QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const QString before = databaseContents(target);

    const CommandRun refused = runJalaseh({QStringLiteral("copy"), demo, target});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already holds records")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(databaseContents(target) == before);

    copy(demo, target, true);
    checkSameMeetings(demo, target);
    // The target now holds a merged body (the demo's), which is emptied too.
    copy(demo, target, true);
    checkSameMeetings(demo, target);

    const CommandRun same = runJalaseh({QStringLiteral("copy"), demo, demo});
    CHECK(same.exitCode == 1);
    const CommandRun missing = runJalaseh(
        {QStringLiteral("copy"), dir.filePath(QStringLiteral("nothing.jalaseh")), target});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("init on a database that holds records refuses unless forced", "[cli][copy]")
{
    QTemporaryDir dir;
    const QString database = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("x.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), database, QStringLiteral("init"),
                        QStringLiteral("--demo")})
                .exitCode == 0);
    const CommandRun refused =
        runJalaseh({QStringLiteral("--db"), database, QStringLiteral("init")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    const CommandRun forced = runJalaseh(
        {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(meetingIds(database).isEmpty());
}

TEST_CASE("a bad --db address is one sentence and exit code 1, soon, without the password",
          "[cli][server]")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are not minutes\n");
    }
    const QStringList addresses{
        QStringLiteral("postgresql://clerk:secret-word@127.0.0.1:1/jalaseh"),
        QStringLiteral("postgresql://clerk:secret-word@server/jalaseh?sslmod=require"),
        QStringLiteral("postgresq://clerk:secret-word@server/jalaseh"),
        QStringLiteral("postgresql://clerk:secret-word@no-such-host.invalid/jalaseh"),
        notes,
    };
    for (const QString& address : addresses) {
        INFO(address.toStdString());
        QElapsedTimer clock;
        clock.start();
        const CommandRun run = runJalaseh(
            {QStringLiteral("--db"), address, QStringLiteral("list"), QStringLiteral("meetings")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(run.err.contains(QStringLiteral("secret-word")));
        CHECK(clock.elapsed() < 10000);
        const CommandRun copied = runJalaseh(
            {QStringLiteral("copy"), address, dir.filePath(QStringLiteral("copy.jalaseh"))});
        CHECK(copied.exitCode == 1);
        CHECK_FALSE(copied.err.contains(QStringLiteral("secret-word")));
    }
}
