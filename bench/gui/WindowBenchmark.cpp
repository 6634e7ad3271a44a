// bench_gui [DATABASE]: uses DATABASE (e.g. made by `jalaseh --db big.jalaseh init --synthetic 10`)
// or builds ten years of meetings (5,000 in 12 series, 2,000 people) itself, then measures
// (1) opening it and showing the main window with its meetings list, (2) filtering the meetings
// list key by key as "کارگروه" and "1402/0" are typed, and prints the figures in milliseconds.
#include "app/DatabaseOpener.h"
#include "app/DatabaseSession.h"
#include "app/MainWindow.h"
#include "app/MeetingListModel.h"
#include "app/MeetingsView.h"
#include "app/SearchFilterModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

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

QString prepareDatabase(const QStringList& arguments, QTemporaryDir& folder)
{
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

// Types `text` into the search box one key at a time; returns the slowest key in ms.
double typeSlowly(QLineEdit* search, const QString& text, int* rowsLeft,
                  const app::SearchFilterModel* filter)
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
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehBenchmark"));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTemporaryDir folder;
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
    std::printf("open the database and show the main window: %lld ms (%d meetings listed); of "
                "which storage::Database::open %lld ms, the window and its lists %lld ms\n",
                openMs, meetings->model()->rowCount(), databaseMs, openMs - databaseMs);

    auto* search = meetings->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    for (const QString& text :
         {QStringLiteral("كارگروه"), QStringLiteral("1402/0"), QStringLiteral("نشست راهبران")}) {
        int rowsLeft = 0;
        const double slowest = typeSlowly(search, text, &rowsLeft, meetings->filter());
        std::printf("filter %d meetings typing \"%s\": slowest key %.1f ms, %d rows left\n",
                    meetings->model()->rowCount(), qPrintable(text), slowest, rowsLeft);
    }
    return 0;
}
