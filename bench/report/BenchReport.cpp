// The seed meeting rendered and written in each format, in-process, as the GUI and the command
// line do it. The bar (docs/benchmarks.md): minutes of one meeting to PDF under 150 ms.
#include "SeedMeeting.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"

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
