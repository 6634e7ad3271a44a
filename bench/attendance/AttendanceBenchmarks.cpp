// The product's bars: "Attendance matrix of a body over a year: under 100 ms" and (issue 6) "the
// activity report of all bodies in under 1 s", on the synthetic ten-year database (2,000 people,
// 60 bodies, 5,000 meetings, 100,000 attendance rows, 50,000 decisions, 10,000 proposals).
#include "core/AttendanceMatrix.h"
#include "core/BodyActivity.h"
#include "persian/JalaliDate.h"
#include "report/ActivityCsv.h"
#include "report/ActivityDocument.h"
#include "report/AttendanceCsv.h"
#include "report/AttendanceDocument.h"
#include "report/PdfWriter.h"
#include "storage/ActivityRepository.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TenYears.h"
#include "synthetic/SyntheticDatabase.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace jalaseh;
using namespace jalaseh::storage;

namespace {

constexpr int year = 1403; // the last full Jalali year of the synthetic range

// The ten-year database, one connection for all the benchmarks (JALASEH_ATTENDANCE_BENCH_DB keeps the file).
Database& tenYears()
{
    static std::unique_ptr<Database> database =
        bench::openOrDie(bench::tenYearsFile("JALASEH_ATTENDANCE_BENCH_DB"));
    return *database;
}

QDate yearStart()
{
    return persian::JalaliDate::fromYmd(year, 1, 1).toGregorian();
}

QDate yearEnd()
{
    return persian::JalaliDate::fromYmd(year + 1, 1, 1).toGregorian().addDays(-1);
}

// The body whose year has the most cells (members x meetings): the worst case.
Id busiestBody()
{
    static const Id busiest = [] {
        Database& database = tenYears();
        Id best = 0;
        qsizetype bestCells = -1;
        for (const Body& body : BodyRepository(database).all()) {
            const auto review =
                AttendanceReviewRepository(database).load(body.id, yearStart(), yearEnd());
            const qsizetype cells = review.meetings.size() * review.matrix().people().size();
            if (cells > bestCells) {
                best = body.id;
                bestCells = cells;
            }
        }
        return best;
    }();
    return busiest;
}

void setCounters(benchmark::State& state, const AttendanceMatrix& matrix)
{
    state.counters["meetings"] = double(matrix.meetings().size());
    state.counters["members"] = double(matrix.people().size());
}

// Reading what the matrix needs and computing it: what a view or an export waits for.
void BM_MatrixOfBusiestBodyYear(benchmark::State& state)
{
    Database& database = tenYears();
    const Id body = busiestBody();
    for (auto _ : state) {
        const auto review = AttendanceReviewRepository(database).load(body, yearStart(), yearEnd());
        const AttendanceMatrix matrix = review.matrix();
        benchmark::DoNotOptimize(matrix.absenceAlerts());
        setCounters(state, matrix);
    }
}
BENCHMARK(BM_MatrixOfBusiestBodyYear)->Unit(benchmark::kMillisecond);

void BM_MatrixOfCommitteeYear(benchmark::State& state)
{
    Database& database = tenYears();
    for (auto _ : state) {
        const auto review = AttendanceReviewRepository(database).load(1, yearStart(), yearEnd());
        const AttendanceMatrix matrix = review.matrix();
        benchmark::DoNotOptimize(matrix.absenceAlerts());
        setCounters(state, matrix);
    }
}
BENCHMARK(BM_MatrixOfCommitteeYear)->Unit(benchmark::kMillisecond);

// The computation alone, from values already loaded.
void BM_MatrixComputationOnly(benchmark::State& state)
{
    const auto review =
        AttendanceReviewRepository(tenYears()).load(busiestBody(), yearStart(), yearEnd());
    for (auto _ : state) {
        const AttendanceMatrix matrix = review.matrix();
        benchmark::DoNotOptimize(matrix.absenceAlerts());
    }
}
BENCHMARK(BM_MatrixComputationOnly)->Unit(benchmark::kMillisecond);

// What `export attendance --format csv` does after opening the file.
void BM_CsvOfBusiestBodyYear(benchmark::State& state)
{
    Database& database = tenYears();
    const Id body = busiestBody();
    for (auto _ : state) {
        const auto review = AttendanceReviewRepository(database).load(body, yearStart(), yearEnd());
        benchmark::DoNotOptimize(report::AttendanceCsv::write(review.matrix(), review.people));
    }
}
BENCHMARK(BM_CsvOfBusiestBodyYear)->Unit(benchmark::kMillisecond);

// The leads' kind of series (of no body) is not in the synthetic data; a body's own series is
// read the same way, by series instead of by body.
void BM_MatrixOfBusiestBodySeriesYear(benchmark::State& state)
{
    Database& database = tenYears();
    const Id body = busiestBody();
    Id series = 0;
    {
        Statement query(database,
                        QStringLiteral("SELECT id FROM meeting_series WHERE body_id = ?"));
        query.bind(body).exec();
        if (query.next())
            series = query.integer(0);
    }
    for (auto _ : state) {
        const auto review =
            AttendanceReviewRepository(database).loadSeries(series, yearStart(), yearEnd());
        const AttendanceMatrix matrix = review.matrix();
        benchmark::DoNotOptimize(matrix.absenceAlerts());
        setCounters(state, matrix);
    }
}
BENCHMARK(BM_MatrixOfBusiestBodySeriesYear)->Unit(benchmark::kMillisecond);

// What `export attendance --format pdf` does after opening the file.
void BM_PdfOfBusiestBodyYear(benchmark::State& state)
{
    Database& database = tenYears();
    const Id body = busiestBody();
    for (auto _ : state) {
        const auto review = AttendanceReviewRepository(database).load(body, yearStart(), yearEnd());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        report::PdfWriter().write(
            report::AttendanceDocument(review.matrix(), review.people,
                                       {.organisation = QStringLiteral("شبکه"),
                                        .subject = QStringLiteral("کارگروه"),
                                        .from = yearStart(),
                                        .to = yearEnd()}),
            buffer);
        state.counters["bytes"] = double(buffer.size());
    }
}
BENCHMARK(BM_PdfOfBusiestBodyYear)->Unit(benchmark::kMillisecond);

const QDate reportDay(2025, 3, 10); // late in 1403, so that follow-up is reckoned as then

QDate tenYearsStart()
{
    return persian::JalaliDate::fromYmd(year - 9, 1, 1).toGregorian();
}

void setActivityCounters(benchmark::State& state, const ActivityReport& report)
{
    state.counters["bodies"] = double(report.bodies().size());
    state.counters["meetings"] = double(report.total().meetings);
    state.counters["decisions"] = double(report.total().decisions);
}

// The bar: every body's activity over all ten years, loaded (4 queries) and computed.
void BM_ActivityOfAllBodiesTenYears(benchmark::State& state)
{
    Database& database = tenYears();
    for (auto _ : state) {
        const ActivityRecords records =
            ActivityRepository(database).load(tenYearsStart(), yearEnd());
        const ActivityReport report = ActivityReport::compute(records, reportDay, false);
        setActivityCounters(state, report);
    }
}
BENCHMARK(BM_ActivityOfAllBodiesTenYears)->Unit(benchmark::kMillisecond);

void BM_ActivityOfAllBodiesYear(benchmark::State& state)
{
    Database& database = tenYears();
    for (auto _ : state) {
        const ActivityRecords records = ActivityRepository(database).load(yearStart(), yearEnd());
        const ActivityReport report = ActivityReport::compute(records, reportDay, true);
        setActivityCounters(state, report);
    }
}
BENCHMARK(BM_ActivityOfAllBodiesYear)->Unit(benchmark::kMillisecond);

void BM_ActivityComputationOnlyTenYears(benchmark::State& state)
{
    const ActivityRecords records = ActivityRepository(tenYears()).load(tenYearsStart(), yearEnd());
    for (auto _ : state)
        benchmark::DoNotOptimize(ActivityReport::compute(records, reportDay, true));
}
BENCHMARK(BM_ActivityComputationOnlyTenYears)->Unit(benchmark::kMillisecond);

// What `export activity` does over ten years after opening the file, CSV and PDF.
void BM_ActivityCsvTenYears(benchmark::State& state)
{
    Database& database = tenYears();
    for (auto _ : state) {
        const ActivityRecords records =
            ActivityRepository(database).load(tenYearsStart(), yearEnd());
        const ActivityReport report = ActivityReport::compute(records, reportDay, false);
        benchmark::DoNotOptimize(report::ActivityCsv::write(report, records.bodies));
    }
}
BENCHMARK(BM_ActivityCsvTenYears)->Unit(benchmark::kMillisecond);

void BM_ActivityPdfTenYears(benchmark::State& state)
{
    Database& database = tenYears();
    for (auto _ : state) {
        const ActivityRecords records =
            ActivityRepository(database).load(tenYearsStart(), yearEnd());
        const ActivityReport report = ActivityReport::compute(records, reportDay, false);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        report::PdfWriter().write(report::ActivityDocument(report, records.bodies,
                                                           {.organisation = QStringLiteral("شبکه"),
                                                            .from = tenYearsStart(),
                                                            .to = yearEnd(),
                                                            .today = reportDay}),
                                  buffer);
        state.counters["bytes"] = double(buffer.size());
    }
}
BENCHMARK(BM_ActivityPdfTenYears)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // PDFs are laid out with fonts: a QGuiApplication, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
