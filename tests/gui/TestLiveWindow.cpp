// Live updates in the window, on PostgreSQL only (ctest label `postgres`): what another
// connection saves appears in the meetings list and in the meeting open in the editor within a
// second, without a reload; a server that stops under the open window is shown in a line above
// the views while the list stays as it was, and once the server is back the window reconnects
// by itself and shows what was saved meanwhile. The restart uses a server of the test's own.
#include "GuiFixture.h"
#include "TestDatabases.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "app/shell/MainWindow.h"
#include "app/shell/ServerStateStrip.h"
#include "session/DatabaseSession.h"
#include "session/LiveUpdates.h"
#include "session/models/AgendaListModel.h"
#include "session/models/MeetingListModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;

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

Id addMeeting(storage::Database& database, Id series, int number)
{
    Meeting meeting;
    meeting.seriesId = series;
    meeting.number = number;
    meeting.date = QDate(2024, 1, 6).addDays(7 * number);
    meeting.title = QStringLiteral("جلسه %1").arg(number);
    return storage::MeetingRepository(database).insert(meeting);
}

Id addSeries(storage::Database& database)
{
    MeetingSeries series;
    series.name = QStringLiteral("شورای کارگروه‌ها");
    return storage::MeetingSeriesRepository(database).insert(series);
}

// A window on `address`, listening.
void openWindow(app::MainWindow& window, const QString& address)
{
    window.show();
    REQUIRE(window.openDatabase(address));
    REQUIRE(window.session());
    window.session()->liveUpdates()->setRetryDelays(200, 1000);
    QSignalSpy listening(window.session()->liveUpdates(), &session::LiveUpdates::listening);
    REQUIRE(listening.wait(15000));
    // The window opens on the desk; the list of meetings reads once it is shown.
    window.showPage(app::MainWindow::MeetingsPage);
}

} // namespace

TEST_CASE("What another connection saves appears in the window within a second", "[server]")
{
    QTemporaryDir folder;
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    Id series = 0;
    Id first = 0;
    {
        auto database = openDatabase(address, true);
        series = addSeries(*database);
        first = addMeeting(*database, series, 1);
    }
    app::MainWindow window;
    openWindow(window, address);
    session::MeetingListModel* list = window.meetingsView()->model();
    REQUIRE(QTest::qWaitFor([&] { return list->rowCount() == 1; }, 2000));

    auto other = openDatabase(address);
    QElapsedTimer clock;
    clock.start();
    addMeeting(*other, series, 2);
    REQUIRE(QTest::qWaitFor([&] { return list->rowCount() == 2; }, 1000));
    CHECK(clock.elapsed() < 1000);

    // The meeting open in the editor takes the rows another saved into it.
    window.openMeeting(first);
    session::AgendaListModel* agenda = window.meetingEditor()->agenda();
    REQUIRE(agenda->rowCount() == 0);
    clock.restart();
    {
        storage::Transaction transaction(*other);
        QSqlQuery insert(other->connection());
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title) "
                                           "VALUES (%1, 1, 'گزارش مالی')")
                                .arg(first)));
        transaction.commit();
    }
    REQUIRE(QTest::qWaitFor([&] { return agenda->rowCount() == 1; }, 1000));
    CHECK(clock.elapsed() < 1000);
    CHECK(window.findChild<app::ServerStateStrip*>()->shownText().isEmpty());
}

TEST_CASE("The window says when the server cannot be reached and reconnects by itself", "[server]")
{
    jalaseh::test::PrivateTestServer server;
    const QString address = server.address();
    Id series = 0;
    {
        auto database = openDatabase(address, true);
        series = addSeries(*database);
        addMeeting(*database, series, 1);
    }
    app::MainWindow window;
    openWindow(window, address);
    session::MeetingListModel* list = window.meetingsView()->model();
    REQUIRE(QTest::qWaitFor([&] { return list->rowCount() == 1; }, 2000));
    auto* strip = window.findChild<app::ServerStateStrip*>();
    REQUIRE(strip);
    CHECK(strip->shownText().isEmpty());

    server.pause();
    REQUIRE(QTest::qWaitFor([&] { return !strip->shownText().isEmpty(); }, 5000));
    // In the interface's language (no translation is loaded here: English).
    CHECK((strip->shownText().contains(QStringLiteral("server")) ||
           strip->shownText().contains(QStringLiteral("سرور"))));
    // What was shown stays; the window answers (this wait runs its event loop).
    CHECK(list->rowCount() == 1);
    CHECK(window.shownProblem().isEmpty());

    server.resume();
    {
        // Saved while the window was cut off: not heard, shown after reconnecting.
        auto other = openDatabase(address);
        addMeeting(*other, series, 2);
    }
    REQUIRE(QTest::qWaitFor([&] { return list->rowCount() == 2; }, 15000));
    CHECK_FALSE(strip->shownText().isEmpty()); // "connected again", for a few seconds
    CHECK(window.session()->liveUpdates()->isServerReachable());
    CHECK(window.shownProblem().isEmpty());
}
