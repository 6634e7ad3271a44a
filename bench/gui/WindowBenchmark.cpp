// bench_gui [DATABASE | --synthetic YEARS FILE]: uses DATABASE (e.g. made by `jalaseh --db big.jalaseh init --synthetic 10`)
// or builds ten years of meetings (5,000 in 12 series, 2,000 people) itself, then measures
// (1) opening it and showing the main window on its desk (the home view, shown again three
// times), then its meetings list, (2) filtering the meetings
// list key by key as "کارگروه" and "1402/0" are typed, (3) the follow-up board: shown, a Jalali
// year of it, typing in it, marking a row done and undoing it, (4) every other page and a meeting
// in the editor; prints the figures in milliseconds and the statements each step sent to the
// database (on a server each is a round trip, so a screen must not make one per row).
// DATABASE may be a file or a postgresql:// address.
#include "app/followup/DecisionsView.h"
#include "app/home/HomeView.h"
#include "app/meetings/MeetingsView.h"
#include "app/shell/DatabaseOpener.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/MainWindow.h"
#include "app/shell/SearchDialog.h"
#include "session/DatabaseSession.h"
#include "session/models/FollowUpListModel.h"
#include "session/models/MeetingListModel.h"
#include "session/models/SearchFilterModel.h"
#include "session/models/SearchResultModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "synthetic/SyntheticDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

using namespace jalaseh;

namespace {

// Ten years of meetings: 12 series, 5,000 meetings two days apart, 2,000 people.
void fillTenYears(storage::Database& database)
{
    storage::Transaction transaction(database);
    storage::PersonRepository people(database);
    for (int i = 0; i < 2000; ++i) {
        Person person;
        person.familyName = QStringLiteral("کاظمی‌نژاد %1").arg(i);
        person.givenName = QStringLiteral("زهرا");
        people.insert(person);
    }
    storage::MeetingSeriesRepository seriesRepository(database);
    QList<Id> series;
    for (int i = 0; i < 12; ++i) {
        MeetingSeries one;
        one.name = QStringLiteral("نشست کارگروه شماره %1").arg(i + 1);
        series.append(seriesRepository.insert(one));
    }
    storage::MeetingRepository meetings(database);
    QList<int> numbers(series.size(), 0);
    for (int i = 0; i < 5000; ++i) {
        Meeting meeting;
        const int which = i % series.size();
        meeting.seriesId = series[which];
        meeting.number = ++numbers[which];
        meeting.date = QDate(2014, 3, 21).addDays(i * 365 * 10 / 5000);
        meeting.title =
            QStringLiteral("بررسی برنامه‌های کتابخانه‌ها %1").arg(i);
        meeting.venue = QStringLiteral("تالار %1").arg(i % 7);
        meetings.insert(meeting);
    }
    transaction.commit();
}

// `--synthetic YEARS FILE`: FILE, generated first when missing as `jalaseh init --synthetic
// YEARS --seed 7` makes it (PRODUCT.md's ten-year sizes scaled to YEARS), for the archive sizes
// the command line makes without building it.
QString syntheticFile(int years, const QString& path)
{
    if (QFileInfo::exists(path))
        return path;
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(path, options);
    if (!opened.database)
        qFatal("%s", qPrintable(opened.message));
    const synthetic::SyntheticSize size = synthetic::SyntheticSize::forYears(years);
    QElapsedTimer timer;
    timer.start();
    synthetic::generateSynthetic(*opened.database, size, 7);
    std::printf("made %d synthetic years in %lld ms\n", years, timer.elapsed());
    return path;
}

QString prepareDatabase(const QStringList& arguments, QTemporaryDir& folder)
{
    if (arguments.size() > 3 && arguments[1] == QLatin1String("--synthetic"))
        return syntheticFile(arguments[2].toInt(), arguments[3]);
    if (arguments.size() > 1)
        return arguments[1];
    const QString path = folder.filePath(QStringLiteral("ten-years.jalaseh"));
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(path, options);
    if (!opened.database)
        qFatal("%s", qPrintable(opened.message));
    QElapsedTimer timer;
    timer.start();
    fillTenYears(*opened.database);
    std::printf("made ten years of meetings in %lld ms\n", timer.elapsed());
    return path;
}

// Milliseconds since the kernel started this process (/proc/self/stat's start time against
// /proc/uptime): what a user waits from launching the program, loading its libraries included.
double millisecondsSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string field;
    for (int i = 0; i < 22 && stat >> field; ++i) {
    }
    const double startTicks = std::stod(field);
    std::ifstream uptimeFile("/proc/uptime");
    double uptimeSeconds = 0;
    uptimeFile >> uptimeSeconds;
    return uptimeSeconds * 1000.0 - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Types `text` into the search box one key at a time; returns the slowest key in ms.
double typeSlowly(QLineEdit* search, const QString& text, int* rowsLeft,
                  const QAbstractItemModel* filter)
{
    double slowest = 0;
    for (const QChar key : text) {
        QElapsedTimer timer;
        timer.start();
        // QTest::keyClicks knows only Latin-1; send the Persian letters as key events with text.
        QTest::sendKeyEvent(QTest::Press, search, Qt::Key_unknown, QString(key), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, search, Qt::Key_unknown, QString(key), Qt::NoModifier);
        QCoreApplication::processEvents();
        slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
    }
    *rowsLeft = filter->rowCount();
    search->clear();
    return slowest;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const double beforeMain = millisecondsSinceProcessStart();
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehBenchmark"));
    // As main() does: the Persian interface, right to left, with its font and translations.
    app::InterfaceLanguage::apply(application, app::InterfaceLanguage::Language::Persian);
    const qint64 applicationMs = sinceMain.elapsed();
    QTemporaryDir folder;
    const bool ownDatabase = application.arguments().size() < 2; // the meetings-only ten years
    const QString path = prepareDatabase(application.arguments(), folder);

    QElapsedTimer timer;
    timer.start();
    app::MainWindow window;
    app::DatabaseOpener opener(&window);
    opener.setInteractive(false);
    auto session = opener.open(path);
    if (!session)
        qFatal("%s", qPrintable(opener.lastProblem()));
    const qint64 databaseMs = timer.elapsed();
    window.setSession(std::move(session));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    const qint64 openMs = timer.elapsed();
    app::MeetingsView* meetings = window.meetingsView();
    const storage::Database& database = window.session()->database();
    qint64 statementsBefore = 0;
    // The statements sent since the last call.
    const auto statementsSince = [&] {
        const qint64 run = database.statementsRun() - statementsBefore;
        statementsBefore = database.statementsRun();
        return run;
    };
    std::printf("open the database and show the main window on its desk: %lld ms (%lld "
                "statements); of which storage::Database::open %lld ms, the window and the desk "
                "%lld ms\n",
                openMs, statementsSince(), databaseMs, openMs - databaseMs);
    if (!ownDatabase)
        std::printf("from the process's start to the window shown (libraries, QApplication, "
                    "Persian interface, database, window): %.0f ms (%.0f ms before main, %lld ms "
                    "QApplication and language)\n",
                    beforeMain + applicationMs + openMs, beforeMain, applicationMs);
    std::printf("peak memory (resident) after opening: %.0f MB\n", peakResidentMegabytes());

    // The desk again, as after an edit elsewhere: read, lay out, paint. A synthetic archive ends
    // before today, so the desk is reckoned on a day a month before its last meeting (meetings
    // ahead, follow-ups due, members' recent absences), as if the network were recording then.
    {
        app::HomeView* home = window.homeView();
        const QDate last =
            storage::MeetingRepository(window.session()->database()).heldPeriod().second;
        if (last.isValid() && last.addDays(-30) < QDate::currentDate())
            home->setToday(last.addDays(-30));
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            home->reload();
            home->repaint();
            QCoreApplication::processEvents();
            const qint64 homeMs = timer.elapsed();
            const session::HomeSummary& s = home->summary();
            std::printf("show the home view: %lld ms (%d meetings ahead, %d minutes awaiting "
                        "approval, %d follow-ups overdue, %d due this week, %d bodies gone quiet, "
                        "%d absence alerts; %lld statements)\n",
                        homeMs, s.upcomingCount, s.awaitingApprovalCount, s.overdueCount,
                        s.dueCount, s.quietCount, s.absenceCount, statementsSince());
        }
    }
    // The meetings list, no longer the first page: shown when first asked for.
    timer.restart();
    window.showPage(app::MainWindow::MeetingsPage);
    QCoreApplication::processEvents();
    std::printf("show the meetings list: %lld ms (%d meetings listed, %lld statements)\n",
                timer.elapsed(), meetings->model()->rowCount(), statementsSince());

    auto* search = meetings->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    for (const QString& text :
         {QStringLiteral("كارگروه"), QStringLiteral("1402/0"), QStringLiteral("نشست راهبران")}) {
        int rowsLeft = 0;
        const double slowest = typeSlowly(search, text, &rowsLeft, meetings->filter());
        std::printf("filter %d meetings typing \"%s\": slowest key %.1f ms, %d rows left\n",
                    meetings->model()->rowCount(), qPrintable(text), slowest, rowsLeft);
    }

    // The follow-up board, first shown: every open decision and action item, overdue first. The
    // window loads it while idle, 300 ms after opening; a user switches to it later than that.
    QTest::qWait(400);
    std::printf("work done while idle after opening (people, the board): %lld statements\n",
                statementsSince());
    timer.restart();
    window.showPage(app::MainWindow::DecisionsPage);
    QCoreApplication::processEvents();
    app::DecisionsView* board = window.decisionsView();
    auto* table = board->findChild<QTableView*>(QStringLiteral("table"));
    std::printf("show the follow-up board (loaded while idle after the window opened): %lld ms "
                "(%d open decisions and action items, %lld statements)\n",
                timer.elapsed(), board->model()->rowCount(), statementsSince());
    // What showing it costs when an edit elsewhere made it stale: read, order, name and lay out.
    timer.restart();
    board->reload();
    QCoreApplication::processEvents();
    std::printf("reload the shown board (as after an edit elsewhere): %lld ms, %lld statements\n",
                timer.elapsed(), statementsSince());
    auto* boardSearch = board->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    boardSearch->setFocus();
    for (const QString& text : {QStringLiteral("كتابخانه"), QStringLiteral("1403/0")}) {
        int rowsLeft = 0;
        const double slowest = typeSlowly(boardSearch, text, &rowsLeft, table->model());
        std::printf("filter the board typing \"%s\": slowest key %.1f ms, %d rows left\n",
                    qPrintable(text), slowest, rowsLeft);
    }
    // Marking the first row done writes it and reloads the board; so does undoing it.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    timer.restart();
    board->markSelected(FollowUpState::Done);
    const qint64 markMs = timer.elapsed();
    const qint64 markStatements = statementsSince();
    timer.restart();
    window.session()->undoStack()->undo();
    std::printf("mark a row done: %lld ms, %lld statements; undo it: %lld ms, %lld statements "
                "(each a write and a reload)\n",
                markMs, markStatements, timer.elapsed(), statementsSince());
    // A Jalali year of everything, done ones too: the synthetic database's last two full years.
    auto* scope = board->findChild<QComboBox*>(QStringLiteral("scopeCombo"));
    for (const int year : {1403, 1402}) {
        const int index = scope->findData(year);
        if (index < 0)
            continue;
        timer.restart();
        scope->setCurrentIndex(index);
        emit scope->activated(index);
        std::printf("the board's \"%s\": %lld ms (%d rows, %lld statements)\n",
                    qPrintable(scope->itemText(index)), timer.elapsed(), board->model()->rowCount(),
                    statementsSince());
    }
    // The other pages, each first shown, and the meeting editor on the last meeting listed.
    const struct
    {
        app::MainWindow::Page page;
        const char* name;
    } pages[] = {{app::MainWindow::PeoplePage, "people"},
                 {app::MainWindow::BodiesPage, "bodies"},
                 {app::MainWindow::AttendancePage, "attendance review"},
                 {app::MainWindow::CalendarPage, "calendar"}};
    for (const auto& page : pages) {
        timer.restart();
        window.showPage(page.page);
        QCoreApplication::processEvents();
        std::printf("show the %s page: %lld ms, %lld statements\n", page.name, timer.elapsed(),
                    statementsSince());
    }
    {
        const Id meetingId = meetings->model()->meetingAt(0).id;
        timer.restart();
        window.openMeeting(meetingId);
        QCoreApplication::processEvents();
        std::printf("open a meeting (id %lld) in the editor: %lld ms, %lld statements\n", meetingId,
                    timer.elapsed(), statementsSince());
    }
    // Search everything (Ctrl+Shift+F), typed key by key: people, bodies, meetings, what was
    // said, proposals and decisions of ten years.
    {
        app::SearchDialog dialog(*window.session(), &window);
        dialog.show();
        auto* everything = dialog.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        everything->setFocus();
        for (const QString& text :
             {QStringLiteral("كتابخانه"), QStringLiteral("ايفلا"), QStringLiteral("پروژه غدیر")}) {
            double slowest = 0;
            for (const QChar key : text) {
                QElapsedTimer keyTimer;
                keyTimer.start();
                QTest::sendKeyEvent(QTest::Press, everything, Qt::Key_unknown, QString(key),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, everything, Qt::Key_unknown, QString(key),
                                    Qt::NoModifier);
                QCoreApplication::processEvents();
                slowest = std::max(slowest, keyTimer.nsecsElapsed() / 1e6);
            }
            std::printf("search everything typing \"%s\": slowest key %.1f ms, %d hits shown, "
                        "%.1f statements a key\n",
                        qPrintable(text), slowest, dialog.results()->rowCount(),
                        double(statementsSince()) / double(text.size()));
            everything->clear();
        }
    }
    std::printf("peak memory (resident) at the end: %.0f MB\n", peakResidentMegabytes());
    return 0;
}
