// The calendar against PRODUCT.md's 50 ms bar for a list, on the synthetic ten-year database
// (5,000 meetings, 100,000 attendance rows): the meetings and clashes of a month grid (six weeks)
// and of a week, and one meeting's clashes as the editor's banner asks for them.
#include "persian/CalendarGrid.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TenYears.h"
#include "synthetic/SyntheticDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace jalaseh;
using namespace jalaseh::storage;

namespace {

// The ten-year database, one connection for all the benchmarks (JALASEH_STORAGE_BENCH_DB keeps the file).
Database& tenYears()
{
    static std::unique_ptr<Database> database =
        bench::openOrDie(bench::tenYearsFile("JALASEH_STORAGE_BENCH_DB"));
    return *database;
}

// The days a month grid shows, as the calendar view loads them.
std::pair<QDate, QDate> monthGrid(int year, int month)
{
    const persian::MonthGrid grid = persian::monthGrid(year, month);
    return {grid.gridStart, grid.gridEnd()};
}

// The day with the most meetings of the file, and its busiest month and week.
struct Busiest
{
    QDate day;
    Id meeting = 0;
    int meetingsThatDay = 0;
};

const Busiest& busiest()
{
    static const Busiest found = [] {
        Busiest busiest;
        Statement query(tenYears(),
                        QStringLiteral("SELECT date, count(*), min(id) FROM meeting GROUP BY date "
                                       "ORDER BY count(*) DESC, date LIMIT 1"));
        query.exec();
        if (query.next()) {
            busiest.day = query.date(0);
            busiest.meetingsThatDay = int(query.integer(1));
            busiest.meeting = query.integer(2);
        }
        return busiest;
    }();
    return found;
}

void report(benchmark::State& state, const CalendarPeriod& period)
{
    state.counters["meetings"] = double(period.meetings.size());
    state.counters["clashes"] = double(period.clashes.size());
}

void BM_CalendarMonth_Busiest(benchmark::State& state)
{
    const persian::MonthGrid grid = persian::monthGridOf(busiest().day);
    const auto [from, to] = std::pair(grid.gridStart, grid.gridEnd());
    CalendarPeriod period;
    for (auto _ : state)
        benchmark::DoNotOptimize(period = CalendarRepository(tenYears()).load(from, to));
    report(state, period);
}
BENCHMARK(BM_CalendarMonth_Busiest)->Unit(benchmark::kMillisecond);

void BM_CalendarWeek_Busiest(benchmark::State& state)
{
    const QDate day = busiest().day;
    const QDate from = persian::weekStart(day);
    CalendarPeriod period;
    for (auto _ : state)
        benchmark::DoNotOptimize(period =
                                     CalendarRepository(tenYears()).load(from, from.addDays(6)));
    report(state, period);
}
BENCHMARK(BM_CalendarWeek_Busiest)->Unit(benchmark::kMillisecond);

void BM_ClashesOfMeeting_BusiestDay(benchmark::State& state)
{
    QList<BookingClash> clashes;
    for (auto _ : state)
        benchmark::DoNotOptimize(clashes =
                                     CalendarRepository(tenYears()).clashesOf(busiest().meeting));
    state.counters["clashes"] = double(clashes.size());
    state.counters["meetings_that_day"] = double(busiest().meetingsThatDay);
}
BENCHMARK(BM_ClashesOfMeeting_BusiestDay)->Unit(benchmark::kMillisecond);

// Every month grid of the ten years in turn, as someone paging through them: the mean per month
// is the time, the slowest month a counter.
void BM_CalendarMonth_EveryMonth(benchmark::State& state)
{
    double slowest = 0;
    qsizetype meetings = 0;
    qsizetype clashes = 0;
    int months = 0;
    for (auto _ : state) {
        meetings = clashes = months = 0;
        for (int year = 1394; year <= 1403; ++year)
            for (int month = 1; month <= 12; ++month) {
                const auto [from, to] = monthGrid(year, month);
                QElapsedTimer timer;
                timer.start();
                const CalendarPeriod period = CalendarRepository(tenYears()).load(from, to);
                slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
                meetings += period.meetings.size();
                clashes += period.clashes.size();
                ++months;
            }
    }
    state.counters["slowest_month_ms"] = slowest;
    state.counters["months"] = months;
    state.counters["meetings"] = double(meetings);
    state.counters["clashes"] = double(clashes);
    state.SetItemsProcessed(state.iterations() * months);
}
BENCHMARK(BM_CalendarMonth_EveryMonth)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
