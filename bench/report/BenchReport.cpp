// The seed meeting rendered and written in each format, in-process, as the GUI and the command
// line do it. The bar (docs/benchmarks.md): minutes of one meeting to PDF under 150 ms.
#include "SeedMeeting.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"
#include "storage/Database.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <benchmark/benchmark.h>

using namespace jalaseh;
using namespace jalaseh::report;

namespace {

void writeMinutes(benchmark::State& state, MinutesStyle style, DocumentFormat format)
{
    const MeetingRecord record = test::seedMeeting();
    const Organisation organisation = test::seedOrganisation();
    const auto writer = DocumentWriter::forFormat(format);
    qint64 bytes = 0;
    for (auto _ : state) {
        const auto document = MinutesDocument::render(record, organisation, style);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        writer->write(document, out);
        bytes = out.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = double(bytes);
}

void renderOnly(benchmark::State& state)
{
    const MeetingRecord record = test::seedMeeting();
    const Organisation organisation = test::seedOrganisation();
    for (auto _ : state) {
        const auto document = MinutesDocument::render(record, organisation, MinutesStyle::Formal);
        benchmark::DoNotOptimize(document.html().size());
    }
}

// A meeting of a real file (JALASEH_BENCH_DB, meeting JALASEH_BENCH_MEETING), loaded from the
// open database and written as formal minutes to PDF: what the GUI's export does once the
// database is open, with a meeting much larger than the seed's.
void databaseMeetingToPdf(benchmark::State& state)
{
    const QString path = qEnvironmentVariable("JALASEH_BENCH_DB");
    if (path.isEmpty()) {
        state.SkipWithError("set JALASEH_BENCH_DB (and JALASEH_BENCH_MEETING) to run this");
        return;
    }
    auto opened = storage::Database::open(path);
    if (!opened.database) {
        state.SkipWithError(qPrintable(opened.message));
        return;
    }
    storage::Database& database = *opened.database;
    const Id meetingId = qEnvironmentVariableIntValue("JALASEH_BENCH_MEETING");
    const auto writer = DocumentWriter::forFormat(DocumentFormat::Pdf);
    int pages = 0;
    for (auto _ : state) {
        const auto record = storage::MeetingRecordRepository(database).load(meetingId);
        if (!record) {
            state.SkipWithError("no such meeting");
            return;
        }
        MinutesOptions options;
        options.nextMeeting = storage::MeetingRepository(database).next(record->meeting);
        const auto document =
            MinutesDocument::render(*record, storage::SettingsRepository(database).organisation(),
                                    MinutesStyle::Formal, options);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        writer->write(document, out);
        pages = out.data().count("/Type /Page\n") + out.data().count("/Type /Page\r");
        benchmark::DoNotOptimize(out.size());
    }
    state.counters["pages"] = pages;
}

// What `libreoffice --headless --convert-to pdf` is compared with: the same ODT, written to disk
// for it by this program when JALASEH_BENCH_ODT names a file.
void writeOdtForComparison()
{
    const QString path = qEnvironmentVariable("JALASEH_BENCH_ODT");
    if (path.isEmpty())
        return;
    const auto document = MinutesDocument::render(test::seedMeeting(), test::seedOrganisation(),
                                                  MinutesStyle::Formal);
    DocumentWriter::forFormat(DocumentFormat::Odt)->writeFile(document, path);
}

} // namespace

BENCHMARK_CAPTURE(writeMinutes, narrative_pdf, MinutesStyle::Narrative, DocumentFormat::Pdf)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(writeMinutes, formal_pdf, MinutesStyle::Formal, DocumentFormat::Pdf)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(writeMinutes, formal_odt, MinutesStyle::Formal, DocumentFormat::Odt)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(writeMinutes, formal_html, MinutesStyle::Formal, DocumentFormat::Html)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(writeMinutes, formal_txt, MinutesStyle::Formal, DocumentFormat::Text)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(renderOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(databaseMeetingToPdf)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    writeOdtForComparison();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
