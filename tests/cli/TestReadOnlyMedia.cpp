// Read-only files, folders and side files, met by the `jalaseh` program as an ordinary user
// meets them. Root may write anything whatever the permissions say (the CI runs as root), so
// there every command under test runs as the user "nobody"; a test that cannot become that user
// fails rather than proving nothing.
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uid_t nobodyId = 65534;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program under test; JALASEH_TEST_BINARY names another build's (an older one, to see the
// tests fail where it failed).
QString program()
{
    return qEnvironmentVariable("JALASEH_TEST_BINARY", QStringLiteral(JALASEH_BINARY));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// A folder every test works in: "nobody" may enter it, and has a home of its own inside.
struct Place
{
    QTemporaryDir dir;
    QString home;

    Place()
    {
        REQUIRE(dir.isValid());
        REQUIRE(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther));
        home = folder(QStringLiteral("home"), true);
    }
    // A folder, given to the ordinary user when `theirs`.
    QString folder(const QString& name, bool theirs) const
    {
        const QString path = dir.filePath(name);
        REQUIRE(QDir().mkpath(path));
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
        if (theirs)
            giveAway(path);
        return path;
    }
    static void giveAway(const QString& path)
    {
        if (isRoot())
            REQUIRE(::chown(QFile::encodeName(path).constData(), nobodyId, nobodyId) == 0);
    }
};

Run start(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "XDG_RUNTIME_DIR"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// `jalaseh ARGUMENTS` as this process's user (root here: to set things up).
Run asOwner(const QStringList& arguments, const Place& place)
{
    return start(program(), arguments, place.home);
}

// `jalaseh ARGUMENTS` as an ordinary user, whose permissions are enforced.
Run asUser(const QStringList& arguments, const Place& place)
{
    if (!isRoot())
        return asOwner(arguments, place);
    const QStringList becomeNobody{QStringLiteral("--reuid=nobody"),
                                   QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), QStringLiteral("--")};
    const Run who =
        start(QStringLiteral("setpriv"),
              becomeNobody + QStringList{QStringLiteral("id"), QStringLiteral("-u")}, place.home);
    INFO("setpriv: " << who.err.toStdString());
    REQUIRE(who.exitCode == 0); // no ordinary user to test with: fail, never pass untested
    REQUIRE(who.out.trimmed() == QString::number(nobodyId));
    return start(QStringLiteral("setpriv"), becomeNobody + QStringList{program()} + arguments,
                 place.home);
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return status.st_mode & 0777;
}

QStringList db(const QString& path, QStringList command)
{
    return QStringList{QStringLiteral("--db"), path} + command;
}

// A meeting file to import, exported from a demo database.
QString meetingFile(const Place& place)
{
    const QString demo = place.dir.filePath(QStringLiteral("demo.jalaseh"));
    const QString meeting = place.dir.filePath(QStringLiteral("meeting.json"));
    REQUIRE(asOwner(db(demo, {QStringLiteral("init"), QStringLiteral("--demo")}), place).exitCode ==
            0);
    REQUIRE(asOwner(db(demo, {QStringLiteral("export"), QStringLiteral("meeting"),
                              QStringLiteral("1"), QStringLiteral("-o"), meeting}),
                    place)
                .exitCode == 0);
    setMode(meeting, 0644);
    return meeting;
}

QStringList importing(const QString& meeting)
{
    return {QStringLiteral("import"), QStringLiteral("meeting"), meeting};
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("a file made writable again after a read-only opening takes changes at once", "[cli]")
{
    const Place place;
    const QString meeting = meetingFile(place);
    const QString folder = place.folder(QStringLiteral("mine"), true);
    const QString database = QDir(folder).filePath(QStringLiteral("minutes.jalaseh"));
    REQUIRE(asOwner(db(database, {QStringLiteral("init")}), place).exitCode == 0);
    Place::giveAway(database);

    SECTION("when the user's own reading left the side files")
    {
        setMode(database, 0444);
        const Run read =
            asUser(db(database, {QStringLiteral("list"), QStringLiteral("meetings")}), place);
        INFO(read.err.toStdString());
        REQUIRE(read.exitCode == 0);
    }
    SECTION("when another user's reading left them")
    {
        setMode(database, 0444);
        REQUIRE(asOwner(db(database, {QStringLiteral("list"), QStringLiteral("meetings")}), place)
                    .exitCode == 0);
    }
    // SQLite gives the side files it makes the database file's mode: read-only here.
    const QString shm = database + QStringLiteral("-shm");
    REQUIRE(QFileInfo::exists(shm));
    CHECK((modeOf(shm) & 0200) == 0);

    setMode(database, 0644);
    const Run imported = asUser(db(database, importing(meeting)), place);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.trimmed() == QStringLiteral("1"));
    const Run listed =
        asUser(db(database, {QStringLiteral("list"), QStringLiteral("meetings")}), place);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.count(QLatin1Char('\n')) >= 2);
}

TEST_CASE("a read-only file in a read-only folder is read, searched and exported, never called "
          "damaged",
          "[cli]")
{
    const Place place;
    const QString meeting = meetingFile(place);
    // As a CD or a shared folder has it: the owner is someone else, nothing may be written.
    const QString disc = place.folder(QStringLiteral("disc"), false);
    const QString database = QDir(disc).filePath(QStringLiteral("minutes.jalaseh"));
    REQUIRE(
        asOwner(db(database, {QStringLiteral("init"), QStringLiteral("--demo")}), place).exitCode ==
        0);
    REQUIRE(filesIn(disc) == QStringList{QStringLiteral("minutes.jalaseh")});

    mode_t fileMode = 0444;
    SECTION("the file read-only too") {}
    SECTION("the file writable, its folder not")
    {
        fileMode = 0666;
    }
    setMode(database, fileMode);
    setMode(disc, 0555);

    const Run listed =
        asUser(db(database, {QStringLiteral("list"), QStringLiteral("meetings")}), place);
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("نشست راهبران کارگروه‌ها")));
    const Run found =
        asUser(db(database, {QStringLiteral("search"), QStringLiteral("واتساپ")}), place);
    INFO(found.err.toStdString());
    CHECK(found.exitCode == 0);
    CHECK_FALSE(found.out.isEmpty());
    const Run minutes = asUser(
        db(database, {QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("1"),
                      QStringLiteral("--style"), QStringLiteral("formal"),
                      QStringLiteral("--format"), QStringLiteral("txt")}),
        place);
    INFO(minutes.err.toStdString());
    CHECK(minutes.exitCode == 0);
    CHECK(minutes.out.contains(QStringLiteral("صورتجلسه")));

    const Run refused = asUser(db(database, importing(meeting)), place);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("a shared folder you may only read")));
    CHECK(refused.err.contains(QStringLiteral("opy the file to a folder of yours")));
    for (const Run& run : {listed, found, minutes, refused})
        CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
    CHECK(filesIn(disc) == QStringList{QStringLiteral("minutes.jalaseh")});
    setMode(disc, 0755);
}

TEST_CASE("changes waiting in the write-ahead log of a read-only folder are named, not lost",
          "[cli]")
{
    const Place place;
    const QString made = place.folder(QStringLiteral("made"), false);
    const QString original = QDir(made).filePath(QStringLiteral("minutes.jalaseh"));
    REQUIRE(
        asOwner(db(original, {QStringLiteral("init"), QStringLiteral("--demo")}), place).exitCode ==
        0);
    // Copied while a program still had the file open, as a copy to a CD may be: the newest
    // change is in "-wal" only, and no "-shm" came with it.
    const QString disc = place.folder(QStringLiteral("disc"), false);
    const QString copy = QDir(disc).filePath(QStringLiteral("minutes.jalaseh"));
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        connection.setDatabaseName(original);
        REQUIRE(connection.open());
        QSqlQuery query(connection);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE person SET affiliation = affiliation || ' ' WHERE id = 1")));
        REQUIRE(QFile::copy(original, copy));
        REQUIRE(QFile::copy(original + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        query = QSqlQuery();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    setMode(copy, 0444);
    setMode(copy + QStringLiteral("-wal"), 0444);
    setMode(disc, 0555);

    const Run listed = asUser(db(copy, {QStringLiteral("list"), QStringLiteral("people")}), place);
    CHECK(listed.exitCode == 1);
    CHECK(listed.err.contains(QStringLiteral("The newest changes")));
    CHECK(listed.err.contains(QStringLiteral("together with its “-wal” file")));
    CHECK_FALSE(listed.err.contains(QStringLiteral("damaged")));
    setMode(disc, 0755);
}
