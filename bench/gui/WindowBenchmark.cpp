// bench_gui [DATABASE]: builds the ten-year synthetic database (or uses DATABASE), then measures
// (1) opening it and showing the main window with its meetings list, (2) filtering the meetings
// list key by key as "کارگروه" and "1402/0" are typed, and prints the figures in milliseconds.
#include "app/DatabaseOpener.h"
#include "app/DatabaseSession.h"
#include "app/MainWindow.h"
#include "app/MeetingListModel.h"
#include "app/MeetingsView.h"
#include "app/SearchFilterModel.h"
#include "storage/Database.h"
#include "storage/SyntheticDatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace jalaseh;

namespace {

QString prepareDatabase(const QStringList& arguments, QTemporaryDir& folder)
{
    if (arguments.size() > 1)
        return arguments[1];
    const QString path = folder.filePath(QStringLiteral("synthetic.jalaseh"));
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(path, options);
    if (!opened.database)
        qFatal("%s", qPrintable(opened.message));
    QElapsedTimer timer;
    timer.start();
    storage::generateSynthetic(*opened.database, storage::SyntheticSize{}, 1402);
    std::printf("generated the synthetic database in %lld ms\n", timer.elapsed());
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
        QTest::keyClicks(search, QString(key));
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
    window.setSession(std::move(session));
    window.show();
    QTest::qWaitForWindowExposed(&window);
    const qint64 openMs = timer.elapsed();
    app::MeetingsView* meetings = window.meetingsView();
    std::printf("open the database and show the main window: %lld ms (%d meetings listed)\n",
                openMs, meetings->model()->rowCount());

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
