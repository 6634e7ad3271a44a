// The window's documents are the documents library's: the minutes dialog and the attendance
// view, on the demo database, write byte for byte what documents::MinutesSource,
// AttendanceReviewSource and ActivityReviewSource give (and tests/documents checks the command
// line against the same), so the window and `jalaseh export` cannot drift apart.
#include "DemoDatabase.h"
#include "GuiFixture.h"
#include "PdfText.h"
#include "app/attendance/AttendanceView.h"
#include "app/meetings/MinutesDialog.h"
#include "documents/ActivityReviewSource.h"
#include "documents/AttendanceReviewSource.h"
#include "documents/MinutesSource.h"
#include "report/PdfWriter.h"
#include "session/DatabaseSession.h"
#include "support/QtCatchPrinters.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using jalaseh::test::DemoDatabase;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The attendance view on the demo database, the Jalali year 1402 shown, its exports going to
// `path`.
struct ReviewWindow
{
    DemoDatabase demo;
    session::DatabaseSession session{demo.take()};
    app::AttendanceView view;
    QString path;
    const QDate today{2024, 1, 15};

    ReviewWindow()
    {
        view.setToday(today);
        view.setSession(&session);
        view.setSaveFileChooser(
            [this](const QString&, const QString&, const QString&) { return path; });
        view.show();
        view.setPeriod(DemoDatabase::firstDayOf1402(), DemoDatabase::lastDayOf1402());
    }
    storage::Database& database() { return session.database(); }
    bool mergedIncluded() { return test::find<QCheckBox>(view, "mergedCheck")->isChecked(); }
    QByteArray exported(const char* button, const QString& name)
    {
        path = demo.folder() + QLatin1Char('/') + name;
        QTest::mouseClick(test::find<QPushButton>(view, button), Qt::LeftButton);
        return contents(path);
    }
};

} // namespace

TEST_CASE("The minutes dialog shows and writes the documents library's minutes")
{
    DemoDatabase demo;
    const Id seed = DemoDatabase::seedMeeting(demo.database());
    app::MinutesDialog dialog(demo.database(), seed);
    REQUIRE(dialog.problem().isEmpty());
    const auto minutes = documents::MinutesSource::load(demo.database(), seed);
    REQUIRE(minutes);
    CHECK(dialog.plainText() == minutes->render(dialog.style()).plainText());

    const QString html = demo.folder() + QStringLiteral("/minutes.html");
    REQUIRE(dialog.exportTo(html, report::DocumentFormat::Html));
    CHECK(contents(html) == minutes->render(dialog.style()).html().toUtf8());
}

TEST_CASE("The attendance view exports the documents library's attendance review")
{
    ReviewWindow window;
    const Id body = DemoDatabase::body(window.database(), DemoDatabase::electronicResources);
    REQUIRE(window.view.showSubject(app::AttendanceView::Subject::Body, body));
    const documents::AttendanceReview review = documents::AttendanceReviewSource::load(
        window.database(), {.subject = {documents::AttendanceSubject::Kind::Body, body},
                            .from = DemoDatabase::firstDayOf1402(),
                            .to = DemoDatabase::lastDayOf1402(),
                            .withMergedBodies = window.mergedIncluded()});
    CHECK(window.exported("exportCsvButton", QStringLiteral("matrix.csv")) ==
          review.document().csv());

    window.exported("exportPdfButton", QStringLiteral("window.pdf"));
    const QString library = window.demo.folder() + QStringLiteral("/library.pdf");
    report::PdfWriter().writeFile(review.document(), library);
    const QString text = test::pdfText(library);
    CHECK(text.contains(DemoDatabase::periodicals));
    CHECK(test::pdfText(window.path) == text);
}

TEST_CASE("The attendance view exports the documents library's activity review")
{
    ReviewWindow window;
    window.view.showTab(app::AttendanceView::ActivityTab);
    const documents::ActivityReview review = documents::ActivityReviewSource::load(
        window.database(), {.from = DemoDatabase::firstDayOf1402(),
                            .to = DemoDatabase::lastDayOf1402(),
                            .today = window.today,
                            .foldMerged = window.mergedIncluded()});
    CHECK(window.exported("exportCsvButton", QStringLiteral("activity.csv")) ==
          review.document().csv());

    window.exported("exportPdfButton", QStringLiteral("window.pdf"));
    const QString library = window.demo.folder() + QStringLiteral("/library.pdf");
    report::PdfWriter().writeFile(review.document(), library);
    const QString text = test::pdfText(library);
    CHECK(text.contains(QStringLiteral("فعالیت نهادها")));
    CHECK(test::pdfText(window.path) == text);
}
