// bench_calendar_view DATABASE: the calendar page on a database (the ten-year synthetic one, as
// bench_calendar keeps it in JALASEH_STORAGE_BENCH_DB): Page Down through 24 month grids and
// 52 weeks from 1401, each key measured from the press to the repainted page (the reads, the
// names of the people in clashes, the sentences and the painting), and prints the figures.
#include "app/calendar/CalendarView.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace jalaseh;

namespace {

struct Figures
{
    double mean = 0;
    double slowest = 0;
};

// Page Down `steps` times on `grid` (the month table or the week grid, which take the keys).
Figures stepThrough(app::CalendarView& view, QWidget* grid, int steps)
{
    std::vector<double> times;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(grid, Qt::Key_PageDown);
        view.repaint();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    Figures figures;
    for (const double time : times)
        figures.mean += time / double(times.size());
    figures.slowest = *std::max_element(times.begin(), times.end());
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const QStringList arguments = application.arguments();
    const QString path =
        arguments.size() > 1 ? arguments[1] : qEnvironmentVariable("JALASEH_STORAGE_BENCH_DB");
    auto opened = storage::Database::open(path, {});
    if (!opened.database) {
        std::fprintf(stderr, "usage: bench_calendar_view DATABASE (%s)\n",
                     qPrintable(opened.message));
        return 2;
    }
    session::DatabaseSession session(std::move(opened.database));
    app::CalendarView view;
    view.resize(1280, 800);
    view.setSession(&session);
    view.setToday(QDate(2022, 3, 21)); // ۱ فروردین ۱۴۰۱
    view.showToday();
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the page was not shown\n");
    const QString first = view.title();
    const Figures months =
        stepThrough(view, view.findChild<QWidget*>(QStringLiteral("monthTable")), 24);
    const QString monthsLater = view.title();
    view.setSpan(session::CalendarModel::Span::Week);
    const Figures weeks =
        stepThrough(view, view.findChild<QWidget*>(QStringLiteral("weekGrid")), 52);
    std::printf("from %s to %s, then to the week %s\n", qPrintable(first), qPrintable(monthsLater),
                qPrintable(view.title()));
    std::printf("month grid, Page Down: mean %.1f ms, slowest %.1f ms (24 months)\n", months.mean,
                months.slowest);
    std::printf("week, Page Down: mean %.1f ms, slowest %.1f ms (52 weeks)\n", weeks.mean,
                weeks.slowest);
    return 0;
}
