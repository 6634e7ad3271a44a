// Attendance reviews of the demo database as the documents library gathers them, and the command
// line's `export attendance` writing exactly the library's document.
#include "DemoDatabase.h"
#include "ExportRun.h"
#include "PdfText.h"
#include "documents/AttendanceReviewSource.h"
#include "report/PdfWriter.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using documents::AttendanceReviewSource;
using documents::AttendanceSubject;
using jalaseh::test::DemoDatabase;

namespace {

documents::AttendanceReviewRequest yearOf(AttendanceSubject subject)
{
    return {.subject = subject,
            .from = DemoDatabase::firstDayOf1402(),
            .to = DemoDatabase::lastDayOf1402()};
}

AttendanceSubject bodyOf(DemoDatabase& demo, const QString& name)
{
    return {AttendanceSubject::Kind::Body, DemoDatabase::body(demo.database(), name)};
}

// `export attendance` of the year 1402 with `options`, written to `fileName`.
QByteArray exportedBytes(const DemoDatabase& demo, const QStringList& options,
                         const QString& fileName)
{
    return test::exportToFile(demo, QStringLiteral("attendance"),
                              QStringList{QStringLiteral("--from"), QStringLiteral("1402/01/01"),
                                          QStringLiteral("--to"), QStringLiteral("1402/12/29")} +
                                  options,
                              fileName);
}

} // namespace

TEST_CASE("A body's attendance review: the matrix, its people, what the report says",
          "[documents][attendance]")
{
    DemoDatabase demo;
    const documents::AttendanceReview review = AttendanceReviewSource::load(
        demo.database(), yearOf(bodyOf(demo, DemoDatabase::committee)));
    // The demo's one committee meeting, 1402/02/04, and its five members.
    REQUIRE(review.matrix.meetings().size() == 1);
    CHECK(review.matrix.meetings()[0].date == QDate(2023, 4, 24));
    CHECK(review.matrix.people().size() == 5);
    CHECK(review.people.size() >= 5);
    CHECK(review.about.organisation ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    CHECK(review.about.subject == DemoDatabase::committee);
    CHECK(review.about.mergedBodies.isEmpty());
    CHECK(review.about.from == DemoDatabase::firstDayOf1402());
    CHECK(review.about.to == DemoDatabase::lastDayOf1402());
    CHECK_FALSE(review.about.role);
    const AbsenceThresholds limits =
        storage::SettingsRepository(demo.database()).reviewRules().absenceThresholds();
    CHECK(review.about.thresholds.consecutive == limits.consecutive);
    CHECK(review.about.thresholds.inOneYear == limits.inOneYear);

    const report::AttendanceDocument document = review.document();
    CHECK(document.title() == QStringLiteral("حضور و غیاب کمیته راهبری"));
    CHECK(document.csv().startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("The absence limits of the report are the database's", "[documents][attendance]")
{
    DemoDatabase demo;
    ReviewRules rules = storage::SettingsRepository(demo.database()).reviewRules();
    rules.consecutiveAbsences = 5;
    rules.absencesInOneYear = 9;
    storage::SettingsRepository(demo.database()).setReviewRules(rules);
    const documents::AttendanceReview review = AttendanceReviewSource::load(
        demo.database(), yearOf(bodyOf(demo, DemoDatabase::committee)));
    CHECK(review.about.thresholds.consecutive == 5);
    CHECK(review.about.thresholds.inOneYear == 9);
}

TEST_CASE("A body's review names the groups merged into it, unless they are left out",
          "[documents][attendance]")
{
    DemoDatabase demo;
    auto request = yearOf(bodyOf(demo, DemoDatabase::electronicResources));
    const documents::AttendanceReview merged =
        AttendanceReviewSource::load(demo.database(), request);
    CHECK(merged.about.subject == DemoDatabase::electronicResources);
    CHECK(merged.about.mergedBodies == QStringList{DemoDatabase::periodicals});

    request.withMergedBodies = false;
    CHECK(AttendanceReviewSource::load(demo.database(), request).about.mergedBodies.isEmpty());
}

TEST_CASE("A series' review is named for the series and of the role asked for",
          "[documents][attendance]")
{
    DemoDatabase demo;
    auto request = yearOf({AttendanceSubject::Kind::Series,
                           DemoDatabase::series(demo.database(), DemoDatabase::leadsSeries)});
    request.role = MembershipRole::Lead;
    const documents::AttendanceReview review =
        AttendanceReviewSource::load(demo.database(), request);
    CHECK(review.matrix.meetings().size() == 2);
    CHECK(review.about.subject == DemoDatabase::leadsSeries);
    CHECK(review.about.mergedBodies.isEmpty());
    CHECK(review.about.role == MembershipRole::Lead);
    // The CSV has the leads' rows only: the header, nine leads, three head counts, the end.
    CHECK(QString::fromUtf8(review.document().csv()).split(QStringLiteral("\r\n")).size() ==
          1 + 9 + 3 + 1);
}

TEST_CASE("Bodies and series are found however their names are typed", "[documents][attendance]")
{
    DemoDatabase demo;
    const auto committee = AttendanceReviewSource::bodyNamed(
        demo.database(), QStringLiteral("كميته راهبري")); // Arabic kaf and yeh
    REQUIRE(committee);
    CHECK(committee->kind == AttendanceSubject::Kind::Body);
    CHECK(committee->id == DemoDatabase::body(demo.database(), DemoDatabase::committee));
    const auto leads = AttendanceReviewSource::seriesNamed(
        demo.database(), QStringLiteral("نشست راهبران كارگروه‌ها"));
    REQUIRE(leads);
    CHECK(leads->kind == AttendanceSubject::Kind::Series);
    CHECK_FALSE(
        AttendanceReviewSource::bodyNamed(demo.database(), QStringLiteral("کارگروه نبوده")));
    CHECK_FALSE(AttendanceReviewSource::seriesNamed(demo.database(), DemoDatabase::committee));
}

TEST_CASE("export attendance writes the library's review, as CSV and PDF",
          "[documents][attendance][cli]")
{
    DemoDatabase demo;
    SECTION("a body's CSV")
    {
        CHECK(exportedBytes(demo, {QStringLiteral("--body"), DemoDatabase::committee},
                            QStringLiteral("committee.csv")) ==
              AttendanceReviewSource::load(demo.database(),
                                           yearOf(bodyOf(demo, DemoDatabase::committee)))
                  .document()
                  .csv());
    }
    SECTION("a series' leads as CSV")
    {
        auto request = yearOf({AttendanceSubject::Kind::Series,
                               DemoDatabase::series(demo.database(), DemoDatabase::leadsSeries)});
        request.role = MembershipRole::Lead;
        CHECK(exportedBytes(demo,
                            {QStringLiteral("--series"), DemoDatabase::leadsSeries,
                             QStringLiteral("--role"), QStringLiteral("lead")},
                            QStringLiteral("leads.csv")) ==
              AttendanceReviewSource::load(demo.database(), request).document().csv());
    }
    SECTION("a body with its merged group as PDF")
    {
        exportedBytes(demo, {QStringLiteral("--body"), DemoDatabase::electronicResources},
                      QStringLiteral("cli.pdf"));
        const QString library = demo.folder() + QStringLiteral("/library.pdf");
        report::PdfWriter().writeFile(
            AttendanceReviewSource::load(demo.database(),
                                         yearOf(bodyOf(demo, DemoDatabase::electronicResources)))
                .document(),
            library);
        const QString text = test::pdfText(library);
        INFO(text.toStdString());
        CHECK(test::containsInOrder(text, {QStringLiteral("حضور و غیاب"),
                                           DemoDatabase::electronicResources,
                                           DemoDatabase::periodicals}));
        CHECK(test::pdfText(demo.folder() + QStringLiteral("/cli.pdf")) == text);
    }
}
