// The product's bar: "Attendance matrix of a body over a year: under 100 ms", on the synthetic
// ten-year database (2,000 people, 60 bodies, 5,000 meetings, 100,000 attendance rows).
#include "core/AttendanceMatrix.h"
#include "persian/JalaliDate.h"
#include "report/AttendanceCsv.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/SyntheticDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace jalaseh;
using namespace jalaseh::storage;

namespace {

constexpr quint32 seed = 1402;
constexpr int year = 1403; // the last full Jalali year of the synthetic range

std::unique_ptr<Database> openOrDie(const QString& path, bool create = false)
{
    OpenOptions options;
    options.create = create;
    auto result = Database::open(path, options);
    if (!result.database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(result.message));
        std::exit(1);
    }
    return std::move(result.database);
}

// The ten-year database, generated on first use; JALASEH_ATTENDANCE_BENCH_DB keeps it between
// runs (generated when missing).
Database& tenYears()
{
    static QTemporaryDir folder;
    static std::unique_ptr<Database> database = [] {
        const QString kept = qEnvironmentVariable("JALASEH_ATTENDANCE_BENCH_DB");
        const QString file =
            kept.isEmpty() ? folder.filePath(QStringLiteral("ten-years.db")) : kept;
        if (!QFileInfo::exists(file)) {
            auto created = openOrDie(file, true);
            generateSynthetic(*created, SyntheticSize{}, seed);
        }
        return openOrDie(file);
    }();
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
