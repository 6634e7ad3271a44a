// The activity review of the demo database as the documents library gathers it, and the command
// line's `export activity` writing exactly the library's document.
#include "DemoDatabase.h"
#include "ExportRun.h"
#include "PdfText.h"
#include "documents/ActivityReviewSource.h"
#include "report/PdfWriter.h"
#include "storage/ActivityRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using jalaseh::test::DemoDatabase;

namespace {

// 1402/06/01: the committee's two decisions are done by then.
const QDate reportDay(2023, 8, 23);

documents::ActivityReviewRequest yearOf1402(bool foldMerged)
{
    return {.from = DemoDatabase::firstDayOf1402(),
            .to = DemoDatabase::lastDayOf1402(),
            .today = reportDay,
            .foldMerged = foldMerged};
}

// `export activity` of the year 1402, reported on 1402/06/01, with `options`.
QByteArray exported(const DemoDatabase& demo, const QStringList& options, const QString& name)
{
    return test::exportToFile(demo, QStringLiteral("activity"),
                              QStringList{QStringLiteral("--from"), QStringLiteral("1402/01/01"),
                                          QStringLiteral("--to"), QStringLiteral("1402/12/29"),
                                          QStringLiteral("--on"), QStringLiteral("1402/06/01")} +
                                  options,
                              name);
}

} // namespace

TEST_CASE("The activity review: every body's numbers and what the report says",
          "[documents][activity]")
{
    DemoDatabase demo;
    const bool fold = GENERATE(false, true);
    CAPTURE(fold);
    const documents::ActivityReview review =
        documents::ActivityReviewSource::load(demo.database(), yearOf1402(fold));
    const ActivityRecords records =
        storage::ActivityRepository(demo.database())
            .load(DemoDatabase::firstDayOf1402(), DemoDatabase::lastDayOf1402());
    const ActivityReport expected = ActivityReport::compute(records, reportDay, fold);
    CHECK(review.bodies.size() == records.bodies.size());
    CHECK(review.activity.bodies().size() == expected.bodies().size());
    CHECK(review.activity.total().meetings == expected.total().meetings);
    CHECK(review.activity.total().done == expected.total().done);
    CHECK(review.activity.total().meetingsPerQuarter == QList<int>{1, 0, 0, 0});
    CHECK(review.about.organisation ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    CHECK(review.about.from == DemoDatabase::firstDayOf1402());
    CHECK(review.about.to == DemoDatabase::lastDayOf1402());
    CHECK(review.about.today == reportDay);
    CHECK(review.about.foldMerged == fold);
    CHECK(review.about.chartedBodies.isEmpty());
    CHECK(review.document().title() == QStringLiteral("فعالیت نهادها"));
}

TEST_CASE("export activity writes the library's review, as CSV and PDF",
          "[documents][activity][cli]")
{
    DemoDatabase demo;
    CHECK(
        exported(demo, {}, QStringLiteral("activity.csv")) ==
        documents::ActivityReviewSource::load(demo.database(), yearOf1402(false)).document().csv());

    exported(demo, {QStringLiteral("--fold-merged")}, QStringLiteral("cli.pdf"));
    const QString library = demo.folder() + QStringLiteral("/library.pdf");
    report::PdfWriter().writeFile(
        documents::ActivityReviewSource::load(demo.database(), yearOf1402(true)).document(),
        library);
    const QString text = test::pdfText(library);
    CHECK(text.contains(QStringLiteral("فعالیت نهادها")));
    CHECK(test::pdfText(demo.folder() + QStringLiteral("/cli.pdf")) == text);
}
