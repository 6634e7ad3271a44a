// Opening databases as the window does: the first start creates the default database with the
// demo meeting; a file that is not a database is refused with a sentence and left untouched.
#include "app/shell/DatabaseOpener.h"
#include "app/shell/MainWindow.h"
#include "app/shell/RecentDatabases.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

TEST_CASE("A file in a read-only folder opens read-only, and the window says why")
{
    QTemporaryDir folder;
    const QString disc = folder.filePath(QStringLiteral("disc"));
    REQUIRE(QDir().mkpath(disc));
    const QString path = QDir(disc).filePath(QStringLiteral("minutes.jalaseh"));
    {
        storage::OpenOptions create;
        create.create = true;
        auto made = storage::Database::open(path, create);
        REQUIRE(made.database);
        exchange::createDemoData(*made.database);
    }
    REQUIRE(QDir(disc).entryList(QDir::Files) == QStringList{QStringLiteral("minutes.jalaseh")});
    // As a CD has it (the mode bits count even for root, as they do for Jalaseh).
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(path, readable));
    REQUIRE(QFile::setPermissions(disc, readable | enterable));

    // The window's first try asks for writing; the file is refused with the real reason...
    app::DatabaseOpener opener(nullptr);
    opener.setInteractive(false);
    CHECK_FALSE(opener.open(path));
    CHECK(opener.lastProblem().contains(QStringLiteral("a shared folder you may only read")));
    CHECK_FALSE(opener.lastProblem().contains(QStringLiteral("damaged")));
    // ... and opened read-only (the user's "Open read-only"): the window says why, and how to
    // change the file.
    storage::OpenOptions readOnly;
    readOnly.allowReadOnly = true;
    auto opened = storage::Database::open(path, readOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK(opened.database->isReadOnly());
    app::MainWindow window;
    window.setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    const QString shown = window.shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("open read-only because its folder may not be written")));
    CHECK(shown.contains(QStringLiteral("copy the file to a folder of yours")));
    CHECK_FALSE(storage::MeetingRepository(window.session()->database()).all().isEmpty());
    window.setSession(nullptr);
    // Nothing was left beside the file.
    CHECK(QDir(disc).entryList(QDir::Files) == QStringList{QStringLiteral("minutes.jalaseh")});
    REQUIRE(QFile::setPermissions(disc, readable | enterable | QFileDevice::WriteOwner));
}
