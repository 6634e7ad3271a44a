#include "CommandRun.h"
#include "TestDatabases.h"
#include "support/QtCatchPrinters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("every command explains itself with --help, without a database", "[cli]")
{
    const auto words =
        GENERATE(as<QStringList>{}, QStringList{QStringLiteral("init")},
                 QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("search")},
                 QStringList{QStringLiteral("export"), QStringLiteral("meeting")},
                 QStringList{QStringLiteral("export"), QStringLiteral("minutes")},
                 QStringList{QStringLiteral("export"), QStringLiteral("attendance")},
                 QStringList{QStringLiteral("import"), QStringLiteral("meeting")});
    const CommandRun run = runJalaseh(words + QStringList{QStringLiteral("--help")});
    INFO(words.join(QLatin1Char(' ')).toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Usage: jalaseh --db DATABASE ") +
                             words.join(QLatin1Char(' '))));
    CHECK(run.out.contains(QStringLiteral("Example")));
    CHECK(run.err.isEmpty());
}

TEST_CASE("jalaseh --help lists every command", "[cli]")
{
    const CommandRun run = runJalaseh({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char* name : {"init", "list", "search", "export meeting", "export minutes",
                             "import meeting", "export attendance", "templates"})
        CHECK(run.out.contains(QStringLiteral("\n  %1\n").arg(QLatin1String(name))));
}

TEST_CASE("the first word of two-word commands lists them", "[cli]")
{
    const CommandRun help = runJalaseh({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* name : {"export meeting", "export minutes", "export attendance"})
        CHECK(help.out.contains(QStringLiteral("\n  %1\n").arg(QLatin1String(name))));
    const CommandRun bare =
        runJalaseh({QStringLiteral("--db"), QStringLiteral("x.jalaseh"), QStringLiteral("export")});
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains(QStringLiteral("export minutes")));
    CHECK(bare.out.isEmpty());
}

TEST_CASE("templates lists where each template comes from and copies the built-in ones", "[cli]")
{
    const QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("my templates"));
    const CommandRun help = runJalaseh({QStringLiteral("templates"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: jalaseh templates")));

    const CommandRun before =
        runJalaseh({QStringLiteral("templates"), QStringLiteral("--folder"), folder});
    CHECK(before.exitCode == 0);
    CHECK(before.out.contains(QStringLiteral("formal.html\tbuilt in")));

    const CommandRun copy = runJalaseh(
        {QStringLiteral("templates"), QStringLiteral("copy"), QStringLiteral("--folder"), folder});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.out.contains(QStringLiteral("narrative.html")));
    CHECK(QFileInfo(folder + QStringLiteral("/formal.html")).isFile());
    CHECK(QFileInfo(folder + QStringLiteral("/formal.html")).isWritable());

    const CommandRun after =
        runJalaseh({QStringLiteral("templates"), QStringLiteral("--folder"), folder});
    CHECK(after.out.contains(QStringLiteral("formal.html\tfrom the folder")));

    // An edited copy is kept when copying again.
    writeFile(folder + QStringLiteral("/formal.txt"), "{{title}} edited\n");
    const CommandRun again = runJalaseh(
        {QStringLiteral("templates"), QStringLiteral("copy"), QStringLiteral("--folder"), folder});
    CHECK(again.exitCode == 0);
    CHECK(readAll(folder + QStringLiteral("/formal.txt")) == "{{title}} edited\n");

    const CommandRun wrong = runJalaseh({QStringLiteral("templates"), QStringLiteral("paste")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("copy")));
}

TEST_CASE("an unknown command is a user error that says where to look", "[cli]")
{
    const CommandRun run = runJalaseh(
        {QStringLiteral("--db"), QStringLiteral("x.jalaseh"), QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("Unknown command \"frobnicate\"")));
    CHECK(run.err.contains(QStringLiteral("jalaseh --help")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("a command that needs a database asks for --db", "[cli]")
{
    const CommandRun run = runJalaseh({QStringLiteral("list"), QStringLiteral("meetings")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("add --db DATABASE")));
}

TEST_CASE("listing a database that does not exist is refused, and creates nothing", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.jalaseh"));
    const CommandRun run = runJalaseh(
        {QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("meetings")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.trimmed().isEmpty());
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a file that is not a Jalaseh database is refused with the storage's sentence",
          "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "these are not minutes\n");
    const CommandRun run = runJalaseh(
        {QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("people")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.trimmed().isEmpty());
    CHECK(readAll(path) == "these are not minutes\n");
}

TEST_CASE("reading commands do not wait for a program that is writing the file", "[cli][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("busy.jalaseh"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    {
        // Another program in the middle of a long write: it holds the write lock throughout.
        QSqlDatabase writer =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busy-writer"));
        writer.setDatabaseName(path);
        REQUIRE(writer.open());
        QSqlQuery write(writer);
        REQUIRE(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(write.exec(QStringLiteral("UPDATE person SET notes = 'در حال نوشتن'")));
        QElapsedTimer clock;
        clock.start();
        const CommandRun list = runJalaseh(
            {QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("meetings")});
        const CommandRun search = runJalaseh(
            {QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("شریف")});
        INFO(list.err.toStdString() << search.err.toStdString());
        CHECK(list.exitCode == 0);
        CHECK(search.exitCode == 0);
        // Within the 2 s a writable open waited for the lock before it said "in use".
        CHECK(clock.elapsed() < 1500);
        // A command that writes still says the file is in use, rather than waiting for ever.
        const QString meetingFile = folder.filePath(QStringLiteral("seed.json"));
        REQUIRE(runJalaseh({QStringLiteral("--db"), path, QStringLiteral("export"),
                            QStringLiteral("meeting"), QStringLiteral("1"), QStringLiteral("-o"),
                            meetingFile})
                    .exitCode == 0);
        const CommandRun import =
            runJalaseh({QStringLiteral("--db"), path, QStringLiteral("import"),
                        QStringLiteral("meeting"), meetingFile});
        CHECK(import.exitCode == 1);
        CHECK(import.err.contains(QStringLiteral("in use by another program")));
        write.exec(QStringLiteral("ROLLBACK"));
        write = QSqlQuery();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("busy-writer"));
}

TEST_CASE("init refuses to overwrite an existing file unless forced", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.jalaseh"));
    writeFile(path, "precious\n");

    const CommandRun refused = runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(readAll(path) == "precious\n");

    const CommandRun forced = runJalaseh(
        {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(forced.err.isEmpty());
    const CommandRun list =
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("list"),
                    QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(list.exitCode == 0);
    CHECK(list.out ==
          QStringLiteral("id\tdate\tstart\tend\tseries\tnumber\ttitle\tmode\tstatus\n"));
}

TEST_CASE("mistakes in a command's arguments are user errors naming the mistake", "[cli]")
{
    using Case = std::pair<QStringList, QString>;
    const auto [arguments, expected] = GENERATE(values<Case>({
        {{QStringLiteral("list")}, QStringLiteral("What should be listed?")},
        {{QStringLiteral("list"), QStringLiteral("cats")},
         QStringLiteral("\"cats\" cannot be listed")},
        {{QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--format"),
          QStringLiteral("xml")},
         QStringLiteral("--format is \"table\" or \"tsv\", not \"xml\"")},
        {{QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--colour")},
         QStringLiteral("--colour is not an option of this command")},
        {{QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--format")},
         QStringLiteral("--format needs a value")},
        {{QStringLiteral("export"), QStringLiteral("meeting"), QStringLiteral("first")},
         QStringLiteral("Give the id of one meeting")},
        {{QStringLiteral("export"), QStringLiteral("meeting"), QStringLiteral("999")},
         QStringLiteral("has no meeting with id 999")},
        {{QStringLiteral("export"), QStringLiteral("meeting"), QStringLiteral("1"),
          QStringLiteral("--format"), QStringLiteral("pdf")},
         QStringLiteral("A meeting is exported as json, not \"pdf\"")},
        {{QStringLiteral("import"), QStringLiteral("meeting")},
         QStringLiteral("Give one meeting file")},
        {{QStringLiteral("import"), QStringLiteral("meeting"),
          QStringLiteral("no-such-meeting-file.json")},
         QStringLiteral("There is no file")},
        {{QStringLiteral("search")}, QStringLiteral("What should be searched for?")},
        {{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
          QStringLiteral("0")},
         QStringLiteral("--limit needs a number from 1")},
        {{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--synthetic"),
          QStringLiteral("1"), QStringLiteral("--force")},
         QStringLiteral("Choose either --demo or --synthetic")},
        {{QStringLiteral("init"), QStringLiteral("--synthetic"), QStringLiteral("ten"),
          QStringLiteral("--force")},
         QStringLiteral("--synthetic needs a number of years")},
        {{QStringLiteral("init"), QStringLiteral("--seed"), QStringLiteral("3"),
          QStringLiteral("--force")},
         QStringLiteral("--seed goes with --synthetic")},
    }));
    QTemporaryDir dir;
    const QString path =
        jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("minutes.jalaseh"));
    REQUIRE(runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    const QStringList db{QStringLiteral("--db"), path};

    const QString before = databaseContents(path);
    const CommandRun run = runJalaseh(db + arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(expected));
    CHECK(run.out.isEmpty());
    CHECK(databaseContents(path) == before);
}

TEST_CASE("the database may be named after the command, --db needs a database", "[cli]")
{
    QTemporaryDir dir;
    const QString path =
        jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("minutes.jalaseh"));
    CHECK(runJalaseh({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    CHECK(runJalaseh(
              {QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"), path})
              .exitCode == 0);

    const CommandRun run = runJalaseh({QStringLiteral("init"), QStringLiteral("--db")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("--db needs a database")));
}

TEST_CASE("init --synthetic fills a database with the product's sizes scaled to the years", "[cli]")
{
    QTemporaryDir dir;
    const QString path =
        jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("synthetic.jalaseh"));
    const CommandRun run = runJalaseh({QStringLiteral("--db"), path, QStringLiteral("init"),
                                       QStringLiteral("--synthetic"), QStringLiteral("1"),
                                       QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("with one year of synthetic data (seed 3)")));
    const CommandRun meetings =
        runJalaseh({QStringLiteral("--db"), path, QStringLiteral("list"),
                    QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(meetings.exitCode == 0);
    // One tenth of the ten-year database's 5,000 meetings.
    CHECK(tsvRows(meetings.out).size() == 500);
}

TEST_CASE("a failure inside the database is an internal error, exit code 2, with a sentence",
          "[cli][sqlite]")
{
    const QTemporaryDir dir;
    const QString demo = jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    const QString target =
        jalaseh::test::freshDatabaseAddress(dir, QStringLiteral("target.jalaseh"));
    const QString file = dir.filePath(QStringLiteral("meeting.json"));
    REQUIRE(
        runJalaseh({QStringLiteral("--db"), demo, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode == 0);
    REQUIRE(runJalaseh({QStringLiteral("--db"), demo, QStringLiteral("export"),
                        QStringLiteral("meeting"), QStringLiteral("1"), QStringLiteral("-o"), file})
                .exitCode == 0);
    REQUIRE(runJalaseh({QStringLiteral("--db"), target, QStringLiteral("init")}).exitCode == 0);
    {
        // A file that breaks under the command, as a failing disk or a bug would: SQLite refuses
        // every new meeting.
        const QString connection = QStringLiteral("break-target");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(target);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON meeting "
                                              "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const CommandRun run = runJalaseh({QStringLiteral("--db"), target, QStringLiteral("import"),
                                       QStringLiteral("meeting"), file});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(run.err.contains(QStringLiteral("disk on fire")));
    CHECK(run.out.isEmpty());
}
