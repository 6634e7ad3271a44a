// The storage layer against PRODUCT.md's bars, on the synthetic ten-year database: open under
// 0.5 s; lists, filters and search under 50 ms; a body's attendance over a year under 100 ms.
#include "SearchIndexExperiment.h"
#include "storage/ActionItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyMerging.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SearchRepository.h"
#include "synthetic/SyntheticDatabase.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::synthetic;

namespace {

constexpr quint32 seed = 1402;

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

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

// The ten-year database, generated on first use (and timed: the generator's own bar).
const QString& tenYears()
{
    static const QString path = [] {
        // JALASEH_STORAGE_BENCH_DB keeps the database between runs (generated when missing).
        const QString kept = qEnvironmentVariable("JALASEH_STORAGE_BENCH_DB");
        const QString file =
            kept.isEmpty() ? folder().filePath(QStringLiteral("ten-years.db")) : kept;
        if (!kept.isEmpty() && QFileInfo::exists(kept))
            return file;
        QElapsedTimer timer;
        timer.start();
        {
            auto database = openOrDie(file, true);
            generateSynthetic(*database, SyntheticSize{}, seed);
        }
        std::fprintf(stderr, "generated the ten-year database in %.1f s (%.1f MB)\n",
                     timer.nsecsElapsed() / 1e9, QFileInfo(file).size() / 1e6);
        return file;
    }();
    return path;
}

// One connection kept open for the query benchmarks, as the application keeps one.
Database& shared()
{
    static std::unique_ptr<Database> database = openOrDie(tenYears());
    return *database;
}

// The last full Jalali year of the synthetic range (1403).
QDate yearStart()
{
    return QDate(1403, 1, 1, QCalendar(QCalendar::System::Jalali));
}

void BM_GenerateTenYears(benchmark::State& state)
{
    for (auto _ : state) {
        const QString file = folder().filePath(QStringLiteral("generated.db"));
        QFile::remove(file);
        auto database = openOrDie(file, true);
        generateSynthetic(*database, SyntheticSize{}, seed);
    }
}
BENCHMARK(BM_GenerateTenYears)->Iterations(1)->Unit(benchmark::kSecond);

void BM_Open(benchmark::State& state)
{
    const QString& path = tenYears();
    for (auto _ : state)
        benchmark::DoNotOptimize(openOrDie(path));
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

// What the main window needs before it shows: the file open and its first lists.
void BM_OpenAndFirstLists(benchmark::State& state)
{
    const QString& path = tenYears();
    for (auto _ : state) {
        auto database = openOrDie(path);
        benchmark::DoNotOptimize(MeetingRepository(*database).all());
        benchmark::DoNotOptimize(PersonRepository(*database).all());
        benchmark::DoNotOptimize(BodyRepository(*database).all());
        benchmark::DoNotOptimize(MeetingSeriesRepository(*database).all());
        benchmark::DoNotOptimize(DecisionRepository(*database).open());
    }
}
BENCHMARK(BM_OpenAndFirstLists)->Unit(benchmark::kMillisecond);

template <typename List>
void listBenchmark(benchmark::State& state, List list)
{
    Database& database = shared();
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto result = list(database);
        rows = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["rows"] = double(rows);
}

void BM_AllMeetings(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return MeetingRepository(db).all(); });
}
void BM_AllPeoplePersianOrder(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return PersonRepository(db).all(); });
}
void BM_AllBodies(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return BodyRepository(db).all(); });
}
void BM_OpenDecisions(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return DecisionRepository(db).open(); });
}
void BM_OpenActionItems(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return ActionItemRepository(db).open(); });
}
void BM_AllDecisions(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return DecisionRepository(db).all(); });
}
// "All decisions" a Jalali year at a time (1403, the last full year), as the board loads them.
void BM_DecisionsOfYear(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) {
        return DecisionRepository(db).heldBetween(yearStart(), yearStart().addYears(1).addDays(-1));
    });
}
void BM_ActionItemsOfYear(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) {
        return ActionItemRepository(db).heldBetween(yearStart(),
                                                    yearStart().addYears(1).addDays(-1));
    });
}
void BM_SeriesMeetings(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) { return MeetingRepository(db).ofSeries(1); });
}
BENCHMARK(BM_AllMeetings)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllPeoplePersianOrder)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllBodies)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDecisions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenActionItems)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllDecisions)->Unit(benchmark::kMillisecond);
// What the meeting editor lists above a meeting's decisions: the series' deferred ones. The
// latest meeting of series 1 (the committee's, the longest series).
void BM_CarriedIntoLastMeeting(benchmark::State& state)
{
    listBenchmark(state, [](Database& db) {
        static const Id last = MeetingRepository(db).ofSeries(1).last().id;
        return DecisionRepository(db).carriedInto(last);
    });
}
BENCHMARK(BM_CarriedIntoLastMeeting)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecisionsOfYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ActionItemsOfYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeriesMeetings)->Unit(benchmark::kMillisecond);

// Merging the working group with the most current members into the steering committee, and
// taking it back: one transaction each, on a copy so the shared file stays as generated.
void BM_MergeAndUnmerge(benchmark::State& state)
{
    const QString copy = folder().filePath(QStringLiteral("merge.db"));
    QFile::remove(copy);
    QFile::copy(tenYears(), copy);
    auto database = openOrDie(copy);
    const QDate day = QDate(1404, 1, 1, QCalendar(QCalendar::System::Jalali));
    Id busiest = 0;
    qsizetype most = -1;
    for (const Body& body : BodyRepository(*database).all()) {
        const qsizetype seats = MembershipRepository(*database).currentOn(body.id, day).size();
        if (body.id != 1 && !body.isMerged() && seats > most) {
            busiest = body.id;
            most = seats;
        }
    }
    BodyMerging merging(*database);
    qsizetype moved = 0;
    for (auto _ : state) {
        const BodyMergePlan merged = merging.merge(busiest, 1, day);
        moved = merged.seatChanges.size();
        merging.unmerge(merged);
    }
    state.counters["seats"] = double(moved);
}
BENCHMARK(BM_MergeAndUnmerge)->Unit(benchmark::kMillisecond);

// The attendance matrix of a body over a year: its meetings (columns) and their rows (cells).
void bodyYear(benchmark::State& state, Id bodyId)
{
    Database& database = shared();
    const QDate from = yearStart();
    const QDate to = from.addYears(1).addDays(-1);
    qsizetype cells = 0;
    qsizetype meetings = 0;
    for (auto _ : state) {
        const auto columns = MeetingRepository(database).ofBodyBetween(bodyId, from, to);
        const auto rows = AttendanceRepository(database).ofBodyBetween(bodyId, from, to);
        meetings = columns.size();
        cells = rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["meetings"] = double(meetings);
    state.counters["rows"] = double(cells);
}
void BM_BodyAttendanceYear_Committee(benchmark::State& state)
{
    bodyYear(state, 1);
}
void BM_BodyAttendanceYear_WorkingGroup(benchmark::State& state)
{
    bodyYear(state, 40);
}
BENCHMARK(BM_BodyAttendanceYear_Committee)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BodyAttendanceYear_WorkingGroup)->Unit(benchmark::kMillisecond);

void BM_LoadMeetingRecord(benchmark::State& state)
{
    Database& database = shared();
    for (auto _ : state)
        benchmark::DoNotOptimize(MeetingRecordRepository(database).load(2500));
}
BENCHMARK(BM_LoadMeetingRecord)->Unit(benchmark::kMillisecond);

void BM_FindPersonByName(benchmark::State& state)
{
    Database& database = shared();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            PersonRepository(database).findByName(QStringLiteral("رضایي"), QStringLiteral("علي")));
}
BENCHMARK(BM_FindPersonByName)->Unit(benchmark::kMillisecond);

// What people type into the search box: a common word (thousands of hits), a rarer phrase, a
// name, one or two letters (as typing starts) and something that is nowhere (a full scan).
const char* const queries[] = {
    "کتابخانه", "پروژه غدیر", "رضایی", "ک", "اد", "ايفلا", "نیست‌در‌بایگانی"};

void BM_Search(benchmark::State& state, const char* query)
{
    Database& database = shared();
    const QString text = QString::fromUtf8(query);
    qsizetype hits = 0;
    for (auto _ : state) {
        const auto found = SearchRepository(database).search(text);
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["hits"] = double(hits);
}

// The same searches, scanning the keys or over FTS5 indexes, on copies of the database.
void BM_SearchExperiment(benchmark::State& state, bench::SearchIndexExperiment::Tokenizer tokenizer,
                         const char* query)
{
    static std::unique_ptr<bench::SearchIndexExperiment> experiments[3];
    auto& experiment = experiments[int(tokenizer)];
    if (!experiment) {
        const QString copy = folder().filePath(QStringLiteral("search-%1.db").arg(int(tokenizer)));
        QFile::copy(tenYears(), copy);
        const qint64 before = QFileInfo(copy).size();
        experiment = std::make_unique<bench::SearchIndexExperiment>(copy, tokenizer);
        std::fprintf(stderr, "search experiment %d: built in %.1f s; file %.1f MB -> %.1f MB\n",
                     int(tokenizer), experiment->buildSeconds(), before / 1e6,
                     QFileInfo(copy).size() / 1e6);
    }
    const QString text = QString::fromUtf8(query);
    int hits = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(hits = experiment->search(text));
    state.counters["hits"] = double(hits);
}

void registerSearches()
{
    using Tokenizer = bench::SearchIndexExperiment::Tokenizer;
    const std::pair<Tokenizer, const char*> experiments[] = {
        {Tokenizer::Scan, "BM_SearchExperiment_KeyScan/"},
        {Tokenizer::Trigram, "BM_SearchExperiment_Fts5Trigram/"},
        {Tokenizer::Unicode61, "BM_SearchExperiment_Fts5Unicode61/"}};
    for (const char* query : queries) {
        const std::string name(query);
        benchmark::RegisterBenchmark(("BM_Search/" + name).c_str(), BM_Search, query)
            ->Unit(benchmark::kMillisecond);
        for (const auto& [tokenizer, prefix] : experiments)
            benchmark::RegisterBenchmark((prefix + name).c_str(), BM_SearchExperiment, tokenizer,
                                         query)
                ->Unit(benchmark::kMillisecond);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    registerSearches();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
