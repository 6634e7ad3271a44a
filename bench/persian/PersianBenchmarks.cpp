#include "persian/Collation.h"
#include "persian/JalaliDate.h"
#include "persian/Normalize.h"
#include "persian/Phrasing.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace jalaseh::persian;

namespace {

// The seed minutes: real Persian as typed, Arabic letters, no ZWNJ, digits of both sets.
const QString& seedText()
{
    static const QString text = [] {
        QFile file(QStringLiteral(JALASEH_SEED_MINUTES));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the seed minutes: %s", qPrintable(file.fileName()));
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

// Rows the length of a contribution or a decision (about 200 characters), cut from the seed.
QStringList seedRows(qsizetype length)
{
    QStringList rows;
    const QString& text = seedText();
    for (qsizetype start = 0; start + length <= text.size(); start += length / 2)
        rows.append(text.mid(start, length));
    return rows;
}

// 2,000 family names as the synthetic database has them: seed names with Arabic and Persian
// letters mixed, shuffled.
QStringList familyNames()
{
    const QStringList base = {QStringLiteral("درخوش"),
                              QStringLiteral("عبدالله پور"),
                              QStringLiteral("صادقي"),
                              QStringLiteral("طاهری"),
                              QStringLiteral("اميني نسب"),
                              QStringLiteral("عاطفی ملکی"),
                              QStringLiteral("حسيني"),
                              QStringLiteral("حاجی زین‌العابدینی"),
                              QStringLiteral("غزنوی"),
                              QStringLiteral("رقابی"),
                              QStringLiteral("عتیقه‌چیان"),
                              QStringLiteral("فاضل"),
                              QStringLiteral("فرجامی"),
                              QStringLiteral("پاکزاد"),
                              QStringLiteral("ژاله"),
                              QStringLiteral("گلزار"),
                              QStringLiteral("چراغی"),
                              QStringLiteral("كاظمي")};
    QStringList names;
    QRandomGenerator random(1402);
    for (int i = 0; i < 2000; ++i)
        names.append(base[random.bounded(int(base.size()))] + QString::number(i % 97));
    return names;
}

void searchKeyOfRows(benchmark::State& state)
{
    const QStringList rows = seedRows(state.range(0));
    qsizetype characters = 0;
    for (auto _ : state) {
        for (const QString& row : rows)
            benchmark::DoNotOptimize(searchKey(row));
        characters += rows.size() * state.range(0);
    }
    state.SetItemsProcessed(state.iterations() * rows.size());
    state.SetBytesProcessed(characters * qsizetype(sizeof(QChar)));
}
BENCHMARK(searchKeyOfRows)->Arg(30)->Arg(200)->Arg(2000);

void normalizeRowsForStorage(benchmark::State& state)
{
    const QStringList rows = seedRows(state.range(0));
    for (auto _ : state) {
        for (const QString& row : rows)
            benchmark::DoNotOptimize(normalizeForStorage(row));
    }
    state.SetItemsProcessed(state.iterations() * rows.size());
    state.SetBytesProcessed(state.iterations() * rows.size() * state.range(0) * sizeof(QChar));
}
BENCHMARK(normalizeRowsForStorage)->Arg(200);

// What building the search index costs: the key of 100,000 rows of 200 characters.
void searchKeyOfHundredThousandRows(benchmark::State& state)
{
    const QStringList rows = seedRows(200);
    for (auto _ : state) {
        for (int i = 0; i < 100000; ++i)
            benchmark::DoNotOptimize(searchKey(rows[i % rows.size()]));
    }
}
BENCHMARK(searchKeyOfHundredThousandRows)->Unit(benchmark::kMillisecond);

void sortTwoThousandNames(benchmark::State& state)
{
    const QStringList names = familyNames();
    const PersianCollator& collator = PersianCollator::forThisThread();
    for (auto _ : state) {
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [&](const QString& a, const QString& b) { return collator.lessThan(a, b); });
        benchmark::DoNotOptimize(sorted);
    }
}
BENCHMARK(sortTwoThousandNames)->Unit(benchmark::kMillisecond);

void sortKeysOfTwoThousandNames(benchmark::State& state)
{
    const QStringList names = familyNames();
    const PersianCollator& collator = PersianCollator::forThisThread();
    for (auto _ : state) {
        for (const QString& name : names)
            benchmark::DoNotOptimize(collator.sortKey(name));
    }
}
BENCHMARK(sortKeysOfTwoThousandNames)->Unit(benchmark::kMillisecond);

void constructCollator(benchmark::State& state)
{
    PersianCollator::forThisThread(); // the shared prototype is opened once, outside the loop
    for (auto _ : state) {
        PersianCollator collator;
        benchmark::DoNotOptimize(&collator);
    }
}
BENCHMARK(constructCollator);

void parseTypedDate(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(parseDate(u"۱۴۰۲/۱/۲۱"));
}
BENCHMARK(parseTypedDate);

void formatLongDate(benchmark::State& state)
{
    const QDate day(2023, 4, 10);
    for (auto _ : state)
        benchmark::DoNotOptimize(formatDateLong(day));
}
BENCHMARK(formatLongDate);

void readSeedAttendees(benchmark::State& state)
{
    const QString sentence = seedText().section(QLatin1Char('\n'), 2, 2);
    for (auto _ : state)
        benchmark::DoNotOptimize(readHonorificList(sentence));
}
BENCHMARK(readSeedAttendees);

} // namespace

BENCHMARK_MAIN();
