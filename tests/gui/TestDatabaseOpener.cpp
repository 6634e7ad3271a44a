// Opening databases as the window does: the first start creates the default database with the
// demo meeting; a file that is not a database is refused with a sentence and left untouched.
#include "app/shell/DatabaseOpener.h"
#include "app/shell/RecentDatabases.h"
#include "session/DatabaseSession.h"
#include "storage/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace jalaseh;

TEST_CASE("The first start creates the default database with the demo meeting")
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(app::DatabaseOpener::defaultPath());
    app::DatabaseOpener opener(nullptr);
    opener.setInteractive(false);
    auto session = opener.openDefault();
    REQUIRE(session);
    CHECK(QFile::exists(app::DatabaseOpener::defaultPath()));
    const QList<Meeting> meetings = storage::MeetingRepository(session->database()).all();
    REQUIRE_FALSE(meetings.isEmpty());
    // The seed meeting: Monday 1402/01/21.
    bool seed = false;
    for (const Meeting& meeting : meetings)
        seed = seed || meeting.date == QDate(2023, 4, 10);
    CHECK(seed);
    session.reset();
    QFile::remove(app::DatabaseOpener::defaultPath());
}

TEST_CASE("A file that is not a database is refused and left as it was")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.jalaseh"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are notes, not a database\n");
    file.close();
    app::DatabaseOpener opener(nullptr);
    opener.setInteractive(false);
    CHECK_FALSE(opener.open(path));
    CHECK_FALSE(opener.lastProblem().isEmpty());
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == QByteArray("these are notes, not a database\n"));
    CHECK_FALSE(opener.open(folder.filePath(QStringLiteral("missing.jalaseh"))));
}

TEST_CASE("Recent databases are kept newest first, each once")
{
    QStandardPaths::setTestModeEnabled(true);
    for (const QString& path : app::RecentDatabases::list())
        app::RecentDatabases::remove(path);
    app::RecentDatabases::add(QStringLiteral("/tmp/a.jalaseh"));
    app::RecentDatabases::add(QStringLiteral("/tmp/b.jalaseh"));
    app::RecentDatabases::add(QStringLiteral("/tmp/a.jalaseh"));
    CHECK(app::RecentDatabases::list() ==
          QStringList{QStringLiteral("/tmp/a.jalaseh"), QStringLiteral("/tmp/b.jalaseh")});
    app::RecentDatabases::remove(QStringLiteral("/tmp/a.jalaseh"));
    app::RecentDatabases::remove(QStringLiteral("/tmp/b.jalaseh"));
    CHECK(app::RecentDatabases::list().isEmpty());
}
