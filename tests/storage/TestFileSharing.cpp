// Two programs on one file, and a file that changes under its connection: the holder record that
// names who keeps a writer waiting, a killed holder's stale record, the notes the window shows
// when it opens a shared or network file, and writes refused because of the file (made
// read-only, disk full) as FileUnavailable, which the window keeps.
#include "StorageFixture.h"
#include "storage/DatabaseFiles.h"
#include "storage/FileHolder.h"
#include "storage/FileSystem.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/stat.h>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

// storage_write_holder on `path`, holding its write transaction once started.
class OtherWriter
{
public:
    explicit OtherWriter(const QString& path)
    {
        m_process.start(QStringLiteral(JALASEH_WRITE_HOLDER), {path});
        REQUIRE(m_process.waitForStarted());
        REQUIRE(m_process.waitForReadyRead(10000));
        REQUIRE(m_process.readLine().trimmed() == "holding");
    }
    ~OtherWriter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    qint64 pid() const { return m_process.processId(); }
    void finish()
    {
        m_process.closeWriteChannel();
        REQUIRE(m_process.waitForFinished(10000));
        CHECK(m_process.exitCode() == 0);
    }
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        REQUIRE(m_process.waitForFinished(10000));
    }

private:
    QProcess m_process;
};

OpenOptions impatient()
{
    OpenOptions options;
    options.busyTimeoutMs = 300;
    return options;
}

QString refusalOfAWrite(Database& database, FileUnavailable::Cause expected)
{
    try {
        addPerson(database, QStringLiteral("نوروزی"));
    } catch (const FileUnavailable& error) {
        CHECK(int(error.cause()) == int(expected));
        return error.userMessage();
    }
    FAIL("the write was not refused as FileUnavailable");
    return {};
}

} // namespace

TEST_CASE("A writer kept waiting is told which program holds the file",
          "[storage][sharing][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("طاهری"));
    database.close();
    OtherWriter other(database.path());
    CHECK(QFile::exists(FileHolder::recordPath(database.path())));

    auto opened = Database::open(database.path(), impatient());
    INFO(opened.message.toStdString());
    REQUIRE(opened.database); // opening does not need the lock
    // Readers never wait for the writer (WAL): the read is answered at once.
    QElapsedTimer clock;
    clock.start();
    CHECK(PersonRepository(*opened.database).all().size() == 1);
    CHECK(clock.elapsed() < 250);
    const QString note = opened.database->sharingNote();
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("write-holder test")));
    CHECK(note.contains(QStringLiteral("was saving to")));

    const QString refusal = refusalOfAWrite(*opened.database, FileUnavailable::Cause::InUse);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("write-holder test")));
    CHECK(refusal.contains(QSysInfo::machineHostName()));
    CHECK(refusal.contains(QStringLiteral("process %1").arg(other.pid())));
    CHECK(refusal.contains(QStringLiteral("try again")));

    other.finish(); // it rolls back, and its record goes before its lock
    CHECK_FALSE(QFile::exists(FileHolder::recordPath(database.path())));
    addPerson(*opened.database, QStringLiteral("نوروزی"));
    CHECK(PersonRepository(*opened.database).all().size() == 2);
    CHECK_FALSE(QFile::exists(FileHolder::recordPath(database.path())));
}

TEST_CASE("A killed holder's record is stale and names nobody", "[storage][sharing][sqlite]")
{
    TemporaryDatabase database;
    database.close();
    qint64 killedPid = 0;
    {
        OtherWriter other(database.path());
        killedPid = other.pid();
        other.kill();
    }
    const auto left = FileHolder::read(database.path());
    REQUIRE(left); // a killed program removes nothing
    CHECK(left->pid == killedPid);
    CHECK(left->isStale());
    FileHolder ofAnotherComputer = *left;
    ofAnotherComputer.host = QStringLiteral("not-") + left->host;
    CHECK_FALSE(ofAnotherComputer.isStale()); // another computer's process cannot be asked

    // A program that writes no record (sqlite3, a sync tool) holds the lock now: the stale
    // record is not taken for it.
    QProcess raw;
    raw.start(QStringLiteral(JALASEH_LOCK_HOLDER), {database.path()});
    REQUIRE(raw.waitForStarted());
    REQUIRE(raw.waitForReadyRead(10000));
    REQUIRE(raw.readLine().trimmed() == "locked");
    auto opened = Database::open(database.path(), impatient());
    REQUIRE(opened.database);
    const QString refusal = refusalOfAWrite(*opened.database, FileUnavailable::Cause::InUse);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("in use by another program")));
    CHECK_FALSE(refusal.contains(QStringLiteral("write-holder test")));
    raw.closeWriteChannel();
    REQUIRE(raw.waitForFinished(10000));

    // The successor writes, and its own record replaces and then removes the stale one.
    addPerson(*opened.database, QStringLiteral("نوروزی"));
    CHECK_FALSE(QFile::exists(FileHolder::recordPath(database.path())));
}

TEST_CASE("Opening a file another program or window has open says so", "[storage][sharing][sqlite]")
{
    TemporaryDatabase database;
    database.close();
    auto first = Database::open(database.path());
    REQUIRE(first.database);
    CHECK(first.database->sharingNote().isEmpty());

    SECTION("a second opening in the same process")
    {
        auto second = Database::open(database.path());
        REQUIRE(second.database);
        const QString note = second.database->sharingNote();
        INFO(note.toStdString());
        CHECK(note.contains(QStringLiteral("another window of Jalaseh")));
        second.database.reset();
        CHECK(first.database->sharingNote().isEmpty());
    }
    SECTION("asking leaves this process's own locks on the file in place")
    {
        // Closing a descriptor of "-shm" would drop them (POSIX locks belong to the process).
        struct stat shm = {};
        REQUIRE(::stat(QFile::encodeName(database.path() + QStringLiteral("-shm")).constData(),
                       &shm) == 0);
        const auto locksHeld = [&] {
            QFile locks(QStringLiteral("/proc/locks"));
            REQUIRE(locks.open(QIODevice::ReadOnly));
            const QByteArray pid =
                ' ' + QByteArray::number(QCoreApplication::applicationPid()) + ' ';
            const QByteArray inode = ':' + QByteArray::number(qulonglong(shm.st_ino)) + ' ';
            int held = 0;
            for (const QByteArray& line : locks.readAll().split('\n'))
                held += line.contains(pid) && line.contains(inode) ? 1 : 0;
            return held;
        };
        const int before = locksHeld();
        REQUIRE(before > 0);
        CHECK(otherProcessUsing(database.path()).pid == 0);
        CHECK(first.database->sharingNote().isEmpty());
        CHECK(locksHeld() == before);
    }
    SECTION("another process that has it open without writing")
    {
        OtherWriter other(database.path());
        other.finish();
        first.database.reset();
        // storage_lock_holder keeps the file open with SQLite's shared lock on "-shm".
        QProcess raw;
        raw.start(QStringLiteral(JALASEH_LOCK_HOLDER), {database.path()});
        REQUIRE(raw.waitForStarted());
        REQUIRE(raw.waitForReadyRead(10000));
        auto opened = Database::open(database.path(), impatient());
        REQUIRE(opened.database);
        const QString note = opened.database->sharingNote();
        INFO(note.toStdString());
        CHECK(note.contains(QStringLiteral("also open in another program on this computer")));
        CHECK(note.contains(QStringLiteral("process %1").arg(raw.processId())));
        CHECK(otherProcessUsing(database.path()).pid == raw.processId());
        raw.closeWriteChannel();
        REQUIRE(raw.waitForFinished(10000));
    }
}

TEST_CASE("A file on a network file system is warned about", "[storage][sharing][sqlite]")
{
    CHECK(networkFileSystemName(long(0x6969)) == QStringLiteral("NFS"));
    CHECK(networkFileSystemName(long(0xFF534D42)) == QStringLiteral("SMB"));
    CHECK(networkFileSystemName(long(0xFE534D42)) == QStringLiteral("SMB"));
    CHECK(networkFileSystemName(long(0xEF53)).isEmpty());     // ext4
    CHECK(networkFileSystemName(long(0x01021994)).isEmpty()); // tmpfs

    TemporaryDatabase database;
    database.close();
    {
        auto local = Database::open(database.path());
        REQUIRE(local.database);
        CHECK(local.database->networkNote().isEmpty());
    }
    qputenv("JALASEH_TEST_FILE_SYSTEM_TYPE", "0xff534d42");
    auto shared = Database::open(database.path());
    qunsetenv("JALASEH_TEST_FILE_SYSTEM_TYPE");
    REQUIRE(shared.database); // a warning, not a refusal
    const QString note = shared.database->networkNote();
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("network file system (SMB)")));
    CHECK(note.contains(QStringLiteral("database server")));
}

TEST_CASE("A file made read-only under its connection refuses writes as such",
          "[storage][sharing][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("طاهری"));
    const auto writable = QFile::permissions(database.path());
    SECTION("the file")
    {
        REQUIRE(QFile::setPermissions(database.path(), QFileDevice::ReadOwner));
        const QString refusal = refusalOfAWrite(*database, FileUnavailable::Cause::ReadOnly);
        CHECK(refusal.contains(QStringLiteral("was made read-only while it was open")));
        REQUIRE(QFile::setPermissions(database.path(), writable));
    }
    SECTION("its folder")
    {
        const auto folderMode = QFile::permissions(database.folder());
        REQUIRE(QFile::setPermissions(database.folder(),
                                      QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString refusal = refusalOfAWrite(*database, FileUnavailable::Cause::ReadOnly);
        CHECK(refusal.contains(QStringLiteral("folder of the database file")));
        REQUIRE(QFile::setPermissions(database.folder(), folderMode));
    }
    // Writable again: the same write goes through, and nothing was lost meanwhile.
    addPerson(*database, QStringLiteral("نوروزی"));
    CHECK(PersonRepository(*database).all().size() == 2);
}

TEST_CASE("A full disk refuses a write as such, and a copy elsewhere holds everything",
          "[storage][sharing][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("طاهری"));
    // SQLite's own limit on the file's pages gives the same SQLITE_FULL as a full disk.
    RawSqlite probe(database.path());
    const qint64 pages = probe.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    QSqlQuery limit(database->connection());
    REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    limit.finish();
    try {
        Person large{.familyName = QString(200000, QChar(u'ب'))};
        PersonRepository(*database).insert(large);
        FAIL("the write went through");
    } catch (const FileUnavailable& error) {
        CHECK(error.cause() == FileUnavailable::Cause::DiskFull);
        CHECK(error.userMessage().contains(QStringLiteral("disk is full")));
    }
    // What was saved is copied out whole, on a disk with room (here: the same folder).
    const QString copy = database.folder() + QStringLiteral("/copy.jalaseh");
    copyDatabaseTo(*database, copy);
    {
        auto opened = Database::open(copy);
        REQUIRE(opened.database);
        CHECK(PersonRepository(*opened.database).all().size() == 1);
    }
    CHECK_THROWS_AS(copyDatabaseTo(*database, copy), StorageError); // never over a file
    CHECK_THROWS_AS(copyDatabaseTo(*database, database.path() + QStringLiteral("-wal")),
                    StorageError);
}
