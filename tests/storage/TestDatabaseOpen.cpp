// Opening files: a new one, a good one, and every kind of bad one. A bad file gets its own
// problem and sentence and is never modified.
#include "StorageFixture.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Statement.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A closed Jalaseh database big enough to span many pages.
QString makeRealDatabase(const QString& folder)
{
    TemporaryDatabase database;
    for (int i = 0; i < 300; ++i) {
        Person person;
        person.familyName = QStringLiteral("رضایی %1").arg(i);
        person.notes = QString(200, QChar(u'ن'));
        PersonRepository(*database).insert(person);
    }
    const QString path = folder + QStringLiteral("/real.db");
    database.close();
    REQUIRE(QFile::copy(database.path(), path));
    return path;
}

// Opens `path` and checks the refusal: no database, the expected problem, a sentence, and the
// file exactly as it was.
void requireRefused(const QString& path, OpenProblem expected, const OpenOptions& options = {})
{
    const FileSnapshot before = FileSnapshot::of(path);
    const auto result = Database::open(path, options);
    CHECK_FALSE(result.database);
    CHECK(int(result.problem) == int(expected));
    CHECK(result.message.endsWith(QLatin1Char('.')));
    CHECK(result.message.size() > 40);
    CHECK(FileSnapshot::of(path) == before);
}

} // namespace

TEST_CASE("A new database is created with the current schema and opens again",
          "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.db"));
    OpenOptions create;
    create.create = true;
    {
        auto result = Database::open(path, create);
        REQUIRE(result.database);
        CHECK(result.problem == OpenProblem::None);
        CHECK(result.message.isEmpty());
        CHECK(result.database->schemaVersion() == Database::currentSchemaVersion());
        CHECK_FALSE(result.database->isReadOnly());
        CHECK(result.database->path() == path);
        CHECK(result.database->migratedFromVersion() == 0);
    }
    RawSqlite raw(path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId());
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() ==
          Database::currentSchemaVersion());
    CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));

    auto again = Database::open(path);
    REQUIRE(again.database);
    CHECK(again.database->schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("Every connection has foreign keys, WAL and a busy timeout", "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    auto single = [&](const char* sql) {
        Statement query(*database, QString::fromUtf8(sql));
        query.exec();
        REQUIRE(query.next());
        return query.value(0);
    };
    CHECK(single("PRAGMA foreign_keys").toInt() == 1);
    CHECK(single("PRAGMA journal_mode").toString() == QLatin1String("wal"));
    CHECK(single("PRAGMA synchronous").toInt() == 1); // NORMAL
    CHECK(single("PRAGMA busy_timeout").toInt() == 2000);
}

TEST_CASE("Each database owns its own connection, released when it goes", "[storage][open][sqlite]")
{
    TemporaryDatabase first;
    TemporaryDatabase second;
    CHECK(first->connection().connectionName() != second->connection().connectionName());
    const QString name = first->connection().connectionName();
    CHECK(QSqlDatabase::contains(name));
    first.close();
    CHECK_FALSE(QSqlDatabase::contains(name));

    // Moving hands the connection over.
    Database moved = std::move(*second);
    CHECK(moved.connection().isOpen());
    CHECK(PersonRepository(moved).all().isEmpty());
}

TEST_CASE("A file that does not exist is not created unless asked", "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing.db"));
    requireRefused(path, OpenProblem::NotFound);
    CHECK_FALSE(QFile::exists(path));
    const auto result = Database::open(path);
    CHECK(result.message.contains(QLatin1String("does not exist")));
}

TEST_CASE("A database cannot be created in a folder that does not exist", "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("no/such/folder/new.db"));
    OpenOptions create;
    create.create = true;
    const auto result = Database::open(path, create);
    CHECK_FALSE(result.database);
    CHECK(result.problem == OpenProblem::CannotCreate);
    CHECK(result.message.contains(QLatin1String("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Files that are not databases are refused untouched", "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    SECTION("a text file")
    {
        const QString path = folder.filePath(QStringLiteral("minutes.txt"));
        writeFile(path,
                  QByteArrayLiteral("گزارش جلسه راهبران کارگروه‌ها\n"));
        requireRefused(path, OpenProblem::NotADatabase);
        requireRefused(path, OpenProblem::NotADatabase, OpenOptions{true, true, true, 2000});
        CHECK(Database::open(path).message.contains(QLatin1String("not a database file")));
    }
    SECTION("an empty file, unless a new database was asked for")
    {
        const QString path = folder.filePath(QStringLiteral("empty.db"));
        writeFile(path, {});
        requireRefused(path, OpenProblem::NotADatabase);
        CHECK(Database::open(path).message.contains(QLatin1String("empty")));
        OpenOptions create;
        create.create = true;
        const auto created = Database::open(path, create);
        REQUIRE(created.database);
        CHECK(created.database->schemaVersion() == Database::currentSchemaVersion());
    }
    SECTION("a folder")
    {
        const QString path = folder.filePath(QStringLiteral("folder.db"));
        REQUIRE(QDir().mkdir(path));
        const auto result = Database::open(path);
        CHECK(result.problem == OpenProblem::NotADatabase);
        CHECK(result.message.contains(QLatin1String("folder")));
    }
    SECTION("a file whose SQLite header was overwritten")
    {
        const QString path = makeRealDatabase(folder.path());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(16, 'x'));
        file.close();
        requireRefused(path, OpenProblem::NotADatabase);
    }
}

TEST_CASE("A damaged database is refused untouched", "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    const QString path = makeRealDatabase(folder.path());
    REQUIRE(QFileInfo(path).size() > 20 * 4096);
    SECTION("cut in half")
    {
        QFile file(path);
        REQUIRE(file.resize(file.size() / 2));
        requireRefused(path, OpenProblem::Corrupt);
    }
    SECTION("cut at a page boundary")
    {
        QFile file(path);
        REQUIRE(file.resize(8 * 4096));
        requireRefused(path, OpenProblem::Corrupt);
    }
    SECTION("garbage written over pages in the middle")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2));
        QByteArray garbage(3 * 4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        file.write(garbage);
        file.close();
        requireRefused(path, OpenProblem::Corrupt);
    }
    SECTION("garbage over the header of a page of people, found only by reading every page")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const qsizetype row = bytes.indexOf(QStringLiteral("رضایی 250").toUtf8());
        REQUIRE(row > 4096);
        REQUIRE(file.seek(row / 4096 * 4096));
        file.write(QByteArray(12, '\x7f'));
        file.close();
        requireRefused(path, OpenProblem::Corrupt);
    }
    SECTION("garbage written over the schema page")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        file.write(QByteArray(2000, '\x5a'));
        file.close();
        requireRefused(path, OpenProblem::Corrupt);
    }
    CHECK(Database::open(path).message.contains(QLatin1String("damaged")));
}

namespace {

quint32 bigEndian32(const QByteArray& bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

// The state a writer leaves when it is killed while checkpointing as it closes: the main file's
// first page already says how many pages the database has, the pages beyond the file's end are
// still only in the write-ahead log. Made by hand: the committed log of a writer that never
// checkpointed, and its newest copy of page 1 written over the main file's.
QString killedDuringCheckpoint(const QString& folder, int* peopleWritten)
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    for (int i = 0; i < 400; ++i) {
        Person person;
        person.familyName = QStringLiteral("صادقی %1").arg(i);
        person.notes = QString(300, QChar(u'م'));
        people.insert(person);
    }
    *peopleWritten = 400;
    const QString path = folder + QStringLiteral("/killed.db");
    REQUIRE(QFile::copy(database.path(), path));
    REQUIRE(QFile::copy(database.path() + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    database.close();

    QFile log(path + QStringLiteral("-wal"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray frames = log.readAll();
    const qsizetype pageSize = bigEndian32(frames, 8);
    QByteArray newestFirstPage;
    for (qsizetype at = 32; at + 24 + pageSize <= frames.size(); at += 24 + pageSize) {
        if (bigEndian32(frames, at) == 1)
            newestFirstPage = frames.mid(at + 24, pageSize);
    }
    REQUIRE(newestFirstPage.size() == pageSize);
    QFile main(path);
    REQUIRE(main.open(QIODevice::ReadWrite));
    REQUIRE(main.write(newestFirstPage) == pageSize);
    return path;
}

} // namespace

TEST_CASE(
    "A file killed during its checkpoint opens whole: the write-ahead log is SQLite's to read",
    "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    int peopleWritten = 0;
    const QString path = killedDuringCheckpoint(folder.path(), &peopleWritten);
    {
        // The header counts pages that the main file does not hold yet: judged by sizes, as
        // before, this file was "damaged".
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        const qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        REQUIRE(bigEndian32(header, 24) == bigEndian32(header, 92));
        REQUIRE(qint64(bigEndian32(header, 28)) * pageSize > file.size());
    }
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    QSqlQuery check(opened.database->connection());
    REQUIRE(check.exec(QStringLiteral("SELECT count(*) FROM person")));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == peopleWritten);
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QLatin1String("ok"));
}

TEST_CASE("An SQLite file of another program is refused untouched", "[storage][open][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    SECTION("unrelated tables")
    {
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT, title TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org', 'x')"));
        }
        requireRefused(path, OpenProblem::NotJalaseh);
        // Asking to create a new database does not take over somebody else's file.
        requireRefused(path, OpenProblem::NotJalaseh, OpenOptions{true, true, true, 2000});
        CHECK(Database::open(path).message.contains(QLatin1String("another program")));
    }
    SECTION("another application id, even with Jalaseh's tables")
    {
        {
            RawSqlite raw(path);
            raw.execFile(fixturePath(QStringLiteral("schema-v1.sql")));
            raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
            raw.exec(QStringLiteral("PRAGMA user_version = 1"));
        }
        requireRefused(path, OpenProblem::NotJalaseh);
    }
    SECTION("a blank SQLite file, which only becomes Jalaseh's when asked")
    {
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("CREATE TABLE scratch (x)"));
            raw.exec(QStringLiteral("DROP TABLE scratch"));
        }
        requireRefused(path, OpenProblem::NotJalaseh);
        CHECK(Database::open(path).message.contains(QLatin1String("empty database")));
        const auto created = Database::open(path, OpenOptions{true, true, true, 2000});
        REQUIRE(created.database);
        CHECK(created.database->schemaVersion() == Database::currentSchemaVersion());
    }
}

TEST_CASE("A file from a newer Jalaseh is refused untouched", "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    database.close();
    const int newer = Database::currentSchemaVersion() + 4;
    {
        RawSqlite raw(database.path());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    requireRefused(database.path(), OpenProblem::NewerVersion);
    const auto result = Database::open(database.path());
    CHECK(result.message.contains(QString::number(newer)));
    CHECK(result.message.contains(QString::number(Database::currentSchemaVersion())));
    CHECK(result.message.contains(QLatin1String("Update Jalaseh")));
}

TEST_CASE("A read-only file opens read-only and refuses changes with a clear error",
          "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    const Id person = addPerson(*database, QStringLiteral("درخوش"), QStringLiteral("مریم"));
    database.close();
    // Mode bits say read-only; this holds even for root, who could write the file anyway.
    REQUIRE(QFile::setPermissions(database.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                       QFileDevice::ReadOther));
    const FileSnapshot before = FileSnapshot::of(database.path());

    SECTION("opened read-only when allowed")
    {
        auto result = Database::open(database.path());
        REQUIRE(result.database);
        Database& readOnly = *result.database;
        CHECK(readOnly.isReadOnly());
        CHECK(readOnly.schemaVersion() == Database::currentSchemaVersion());
        PersonRepository people(readOnly);
        REQUIRE(people.find(person));
        CHECK(people.find(person)->familyName == QStringLiteral("درخوش"));

        Person another;
        another.familyName = QStringLiteral("صادقی");
        try {
            people.insert(another);
            FAIL("a read-only database accepted a change");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QLatin1String("read-only")));
        }
        CHECK(another.id == 0);
        // SQLite itself refuses too: the connection is read-only, not just the repositories.
        try {
            Statement(readOnly, QStringLiteral("DELETE FROM person")).exec();
            FAIL("the read-only connection wrote");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QLatin1String("read-only")));
        }
    }
    SECTION("refused when read-only is not allowed")
    {
        OpenOptions options;
        options.allowReadOnly = false;
        requireRefused(database.path(), OpenProblem::ReadOnly, options);
        CHECK(
            Database::open(database.path(), options).message.contains(QLatin1String("read-only")));
    }
    CHECK(FileSnapshot::of(database.path()) == before);
    QFile::setPermissions(database.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A file another connection is writing opens, and a write waits for it",
          "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("طاهری"));
    database.close();
    OpenOptions options;
    options.busyTimeoutMs = 100;

    SECTION("in WAL mode, another writer holds the write lock: readers do not wait")
    {
        RawSqlite other(database.path());
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        other.exec(QStringLiteral("INSERT INTO storage_meta VALUES ('held', 'yes')"));
        {
            auto opened = Database::open(database.path(), options);
            INFO(opened.message.toStdString());
            REQUIRE(opened.database);
            CHECK_FALSE(opened.database->isReadOnly());
            CHECK(opened.database->sharingNote().contains(QLatin1String("was saving to")));
            CHECK_THROWS_AS(addPerson(*opened.database, QStringLiteral("نوروزی")), FileUnavailable);
        }
        other.exec(QStringLiteral("ROLLBACK"));
        auto opened = Database::open(database.path(), options);
        REQUIRE(opened.database);
        CHECK(opened.database->sharingNote().isEmpty());
    }
    SECTION("in rollback-journal mode, readers are shut out too")
    {
        {
            RawSqlite raw(database.path());
            raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        RawSqlite other(database.path());
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        other.exec(QStringLiteral("INSERT INTO storage_meta VALUES ('held', 'yes')"));
        requireRefused(database.path(), OpenProblem::Locked, options);
        other.exec(QStringLiteral("ROLLBACK"));
    }
}

TEST_CASE("A file another process is writing opens for reading at once", "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    database.close();
    QProcess holder;
    holder.start(QStringLiteral(JALASEH_LOCK_HOLDER), {database.path()});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(10000));
    REQUIRE(holder.readLine().trimmed() == "locked");

    OpenOptions options;
    options.busyTimeoutMs = 100;
    {
        auto opened = Database::open(database.path(), options);
        REQUIRE(opened.database);
        CHECK(opened.database->sharingNote().contains(QLatin1String("was saving to")));
        // A migration alone must have the lock as the file opens (see the tests of migrations).
        try {
            addPerson(*opened.database, QStringLiteral("نوروزی"));
            FAIL("written under another program's lock");
        } catch (const FileUnavailable& error) {
            CHECK(error.userMessage().contains(QLatin1String("in use by another program")));
        }
    }

    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK(holder.exitCode() == 0);
    auto result = Database::open(database.path(), options);
    REQUIRE(result.database);
    CHECK_FALSE(result.database->isReadOnly());
}

TEST_CASE("Damage outside the first screen's tables of a large file is reported when it is met",
          "[storage][open][sqlite]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"));
    const Id meeting = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id speaker = addPerson(*database, QStringLiteral("رقابی"));
    for (int i = 0; i < 40; ++i) {
        Contribution said{
            .meetingId = meeting, .speakerId = speaker, .text = QString(300, QChar(u'گ'))};
        ContributionRepository(*database).insert(said);
    }
    database.close();
    {
        // Garbage over the header of the contributions' first page, and nowhere else.
        int rootPage = 0;
        {
            RawSqlite raw(database.path());
            raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            rootPage = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name "
                                                 "= 'contribution'"))
                           .toInt();
        }
        REQUIRE(rootPage > 1);
        QFile file(database.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(qint64(rootPage - 1) * 4096));
        file.write(QByteArray(12, '\x7f'));
    }

    OpenOptions wholeFile;
    CHECK(Database::open(database.path(), wholeFile).problem == OpenProblem::Corrupt);

    // As a file over the whole-file limit is opened: the first screen's tables are sound, so it
    // opens; the damage is named by the first read that meets it, and nothing is lost.
    OpenOptions largeFile;
    largeFile.wholeFileCheckUpToBytes = 0;
    auto opened = Database::open(database.path(), largeFile);
    REQUIRE(opened.database);
    CHECK(MeetingRepository(*opened.database).find(meeting));
    try {
        ContributionRepository(*opened.database).ofMeeting(meeting);
        FAIL("reading damaged pages should have failed");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QStringLiteral("damaged")));
    }
}
