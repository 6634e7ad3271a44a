// Live updates (session::LiveUpdates over storage::ChangeListener): what another connection
// commits reaches this session's models within a second, scoped to the meeting it touched, and
// a burst is one reload; this session's own changes are not reported twice; a change made with
// psql is heard like any other; a server that restarts under an open session is noticed, said,
// and reconnected to, with fresh data after. Cases tagged [server] run on PostgreSQL only (ctest
// label `postgres`); the restart uses a server of its own, so that the shared one other tests
// use at the same time is never stopped. On a file, a second window's change is noticed too.
#include "../storage/StorageFixture.h"
#include "TestDatabases.h"
#include "session/DatabaseSession.h"
#include "session/LiveUpdates.h"
#include "session/commands/RemoveMeetingCommand.h"
#include "session/models/MeetingListModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage::test;
using jalaseh::session::Change;
using jalaseh::session::DatabaseSession;
using jalaseh::session::LiveUpdates;

namespace {

std::unique_ptr<storage::Database> openDatabase(const QString& address, bool create = false)
{
    storage::OpenOptions options;
    options.create = create;
    auto opened = storage::Database::open(address, options);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    return std::move(opened.database);
}

// A session listening for changes, as the window has one.
std::unique_ptr<DatabaseSession> listeningSession(const QString& address)
{
    auto session = std::make_unique<DatabaseSession>(openDatabase(address));
    session->liveUpdates()->setRetryDelays(200, 1000);
    QSignalSpy listening(session->liveUpdates(), &LiveUpdates::listening);
    REQUIRE(listening.wait(15000));
    return session;
}

// "Change meetingId" for each `changed` the spy saw.
QStringList reports(const QSignalSpy& changed)
{
    static const char* names[] = {"People",   "Bodies",      "Memberships", "Series",
                                  "Meetings", "MeetingRows", "Organisation"};
    QStringList seen;
    for (const QList<QVariant>& signal : changed)
        seen.append(QStringLiteral("%1 %2")
                        .arg(QLatin1String(names[int(signal.at(0).value<Change>())]))
                        .arg(signal.at(1).value<Id>()));
    return seen;
}

// psql, as someone at the server would use it, on the database at a test address.
void runPsql(const QString& address, const QString& sql)
{
    const QUrl url(address);
    const QUrlQuery query(url);
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), query.queryItemValue(QStringLiteral("host")),
                QStringLiteral("-p"), query.queryItemValue(QStringLiteral("port")),
                QStringLiteral("-U"), url.userName(), QStringLiteral("-d"), url.path().mid(1),
                QStringLiteral("-c"), sql});
    REQUIRE(psql.waitForFinished(30000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
}

} // namespace

TEST_CASE("What another connection commits reaches the session's models within a second",
          "[live][server]")
{
    QTemporaryDir folder;
    const QString address = test::freshDatabaseAddress(folder);
    Id series = 0;
    {
        auto database = openDatabase(address, true);
        series = addSeries(*database, QStringLiteral("شورا"));
        addMeeting(*database, series, QDate(2024, 1, 6), 1);
    }
    auto session = listeningSession(address);
    session::MeetingListModel meetings;
    meetings.reload(session->database());
    REQUIRE(meetings.rowCount() == 1);
    // As the meetings list does: reload when meetings changed.
    QObject::connect(session.get(), &DatabaseSession::changed, session.get(), [&](Change what) {
        if (what == Change::Meetings)
            meetings.reload(session->database());
    });
    QSignalSpy changed(session.get(), &DatabaseSession::changed);

    auto other = openDatabase(address);
    QElapsedTimer clock;
    clock.start();
    const Id added = addMeeting(*other, series, QDate(2024, 2, 3), 2);
    REQUIRE(QTest::qWaitFor([&] { return meetings.rowCount() == 2; }, 1000));
    CHECK(clock.elapsed() < 1000);
    CHECK(reports(changed) == QStringList{QStringLiteral("Meetings %1").arg(added)});

    SECTION("a burst of changes is one report")
    {
        changed.clear();
        storage::Transaction transaction(*other);
        for (int number = 3; number < 40; ++number)
            addMeeting(*other, series, QDate(2024, 3, 1).addDays(number), number);
        transaction.commit();
        REQUIRE(QTest::qWaitFor([&] { return meetings.rowCount() == 39; }, 1000));
        QTest::qWait(300);
        CHECK(reports(changed) == QStringList{QStringLiteral("Meetings 0")});
    }
    SECTION("the rows of a meeting are reported for that meeting")
    {
        changed.clear();
        runPsql(address, QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title) "
                                        "VALUES (%1, 1, 'از psql')")
                             .arg(added));
        REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000));
        QTest::qWait(200);
        CHECK(reports(changed) == QStringList{QStringLiteral("MeetingRows %1").arg(added)});
    }
    SECTION("a change made with psql is seen")
    {
        runPsql(address,
                QStringLiteral("UPDATE meeting SET title = 'عنوان تازه' WHERE id = %1").arg(added));
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (int row = 0; row < meetings.rowCount(); ++row)
                    if (meetings.meetingAt(row).title == QStringLiteral("عنوان تازه"))
                        return true;
                return false;
            },
            1000));
    }
}

TEST_CASE("The session's own changes are reported once, not again when the server announces "
          "them",
          "[live][server]")
{
    QTemporaryDir folder;
    const QString address = test::freshDatabaseAddress(folder);
    Id meeting = 0;
    {
        auto database = openDatabase(address, true);
        meeting = addMeeting(*database, addSeries(*database, QStringLiteral("شورا")),
                             QDate(2024, 1, 6), 1);
    }
    auto session = listeningSession(address);
    QSignalSpy changed(session.get(), &DatabaseSession::changed);
    REQUIRE(session->perform(
        new session::RemoveMeetingCommand(*session, meeting, QStringLiteral("remove"))));
    QTest::qWait(LiveUpdates::pauseMs + 600);
    INFO(reports(changed).join(QStringLiteral(", ")).toStdString());
    // The command's own report (removing a meeting names no meeting), and nothing after it.
    REQUIRE(changed.size() == 1);
    CHECK(reports(changed).first().startsWith(QStringLiteral("Meetings ")));
}

TEST_CASE("A server that restarts under an open session is noticed, and reconnected to",
          "[live][server]")
{
    test::PrivateTestServer server;
    const QString address = server.address(); // its `postgres` database, Jalaseh's own here
    openDatabase(address, true);
    auto session = listeningSession(address);
    QSignalSpy unreachable(session->liveUpdates(), &LiveUpdates::serverUnreachable);
    QSignalSpy reachable(session->liveUpdates(), &LiveUpdates::serverReachableAgain);
    QSignalSpy readFailed(session.get(), &DatabaseSession::readFailed);
    QSignalSpy failed(session.get(), &DatabaseSession::failed);
    QSignalSpy changed(session.get(), &DatabaseSession::changed);

    server.pause();
    REQUIRE(QTest::qWaitFor([&] { return !unreachable.isEmpty(); }, 5000));
    CHECK_FALSE(session->liveUpdates()->isServerReachable());
    // Reads are not sent (the views keep what they show) and say nothing more than the window's
    // line; a change is refused with a sentence that says why.
    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(session->read([&] { storage::MeetingRepository(session->database()).all(); }));
    CHECK(clock.elapsed() < 100);
    CHECK(readFailed.isEmpty());
    CHECK_FALSE(
        session->perform(new session::RemoveMeetingCommand(*session, 1, QStringLiteral("remove"))));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString() == DatabaseSession::unreachableMessage());

    server.resume();
    REQUIRE(QTest::qWaitFor([&] { return !reachable.isEmpty(); }, 15000));
    CHECK(session->liveUpdates()->isServerReachable());
    // Everything reloads: changes made meanwhile were not heard.
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000));
    CHECK(reports(changed).contains(QStringLiteral("Meetings 0")));

    // The session's connection is new and working, and others' changes are heard again.
    changed.clear();
    Id added = 0;
    {
        auto other = openDatabase(address);
        added =
            addMeeting(*other, addSeries(*other, QStringLiteral("کمیته")), QDate(2024, 5, 4), 1);
    }
    REQUIRE(QTest::qWaitFor(
        [&] { return reports(changed).contains(QStringLiteral("Meetings %1").arg(added)); }, 1000));
    QList<Meeting> all;
    CHECK(session->read([&] { all = storage::MeetingRepository(session->database()).all(); }));
    CHECK(all.size() == 1);
    CHECK(readFailed.isEmpty());
}

TEST_CASE("A second window's change to the same file is noticed", "[live][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.jalaseh"));
    Id series = 0;
    {
        auto database = openDatabase(path, true);
        series = addSeries(*database, QStringLiteral("شورا"));
    }
    DatabaseSession session(openDatabase(path));
    session.liveUpdates()->setFileCheckInterval(100);
    QSignalSpy changed(&session, &DatabaseSession::changed);
    auto other = openDatabase(path);
    addMeeting(*other, series, QDate(2024, 2, 3), 1);
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1500));
    CHECK(reports(changed).contains(QStringLiteral("Meetings 0")));

    // Its own changes change nothing there.
    changed.clear();
    addMeeting(session.database(), series, QDate(2024, 2, 10), 2);
    QTest::qWait(400);
    CHECK(changed.isEmpty());
}
