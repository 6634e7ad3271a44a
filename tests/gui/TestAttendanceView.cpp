// The attendance view driven as a working-group lead would: pick a body and a Jalali year, read
// the cells and rates, filter by role, see the absence and quiet-body alerts, open a meeting from
// its column, compare bodies' activity, and export PDF and CSV.
#include "GuiFixture.h"
#include "app/attendance/ActivityChartView.h"
#include "app/attendance/AttendanceView.h"
#include "app/common/JalaliDateEdit.h"
#include "app/common/PrintPreview.h"
#include "app/meetings/MeetingEditor.h"
#include "app/shell/SettingsDialog.h"
#include "session/models/ActivityTableModel.h"
#include "session/models/AttendanceAlertModel.h"
#include "session/models/AttendanceMatrixModel.h"
#include "storage/AttendanceRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;
using Status = AttendanceStatus;
using Matrix = session::AttendanceMatrixModel;

namespace {

// The working group's four meetings of Jalali 1402 and their attendance:
//   Taheri (lead):  present, late 10, present, excused         -> 3 of 4; 3 of 3 without excused
//   Reghabi:        present, present, left early, present      -> 4 of 4
//   Kazemi:         present, absent, absent, absent            -> 1 of 4: three in a row
// and Atefi, a member of nothing, as a guest at the first.
struct AttendanceFixture : GuiFixture
{
    Id groupSeries = 0;
    QList<Id> meetings;

    AttendanceFixture()
    {
        storage::Database& db = database();
        MeetingSeries series;
        series.name = QStringLiteral("جلسات کارگروه آموزش");
        series.bodyId = workingGroup;
        groupSeries = storage::MeetingSeriesRepository(db).insert(series);
        const QList<QDate> days{QDate(2023, 4, 10), QDate(2023, 6, 12), QDate(2023, 9, 11),
                                QDate(2023, 12, 11)};
        for (const QDate& day : days) {
            Meeting meeting;
            meeting.seriesId = groupSeries;
            meeting.date = day;
            meeting.status = MeetingStatus::Held;
            meetings.append(storage::MeetingRepository(db).insert(meeting));
        }
        const QList<std::tuple<Id, QList<Status>>> rows{
            {taheri, {Status::Present, Status::Late, Status::Present, Status::Excused}},
            {reghabi, {Status::Present, Status::Present, Status::LeftEarly, Status::Present}},
            {kazemi, {Status::Present, Status::Absent, Status::Absent, Status::Absent}}};
        for (const auto& [person, statuses] : rows)
            for (int i = 0; i < 4; ++i) {
                Attendance row;
                row.meetingId = meetings[i];
                row.personId = person;
                row.status = statuses[i];
                row.minutesLate = statuses[i] == Status::Late ? 10 : 0;
                row.reason = statuses[i] == Status::Excused ? QStringLiteral("سفر") : QString();
                storage::AttendanceRepository(db).insert(row);
            }
        Attendance guest;
        guest.meetingId = meetings[0];
        guest.personId = atefi;
        guest.role = AttendanceRole::Guest;
        storage::AttendanceRepository(db).insert(guest);
        Decision overdue;
        overdue.meetingId = meetings[1];
        overdue.text = QStringLiteral("تهیه گزارش");
        overdue.deadline = QDate(2023, 8, 1);
        storage::DecisionRepository(db).insert(overdue);

        window().showPage(app::MainWindow::AttendancePage);
        view().setToday(QDate(2024, 1, 15));
        view().reload();
    }

    app::AttendanceView& view() { return *window().attendanceView(); }
    Matrix& matrix() { return *view().matrixModel(); }
    QString header(int row)
    {
        return matrix().headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
    }
    QString cell(int row, int column, int role = Qt::DisplayRole)
    {
        return matrix().index(row, column).data(role).toString();
    }
    void showGroupYear()
    {
        chooseText(find<QComboBox>(view(), "subjectCombo"), QStringLiteral("کارگروه آموزش"));
        choose(find<QComboBox>(view(), "periodCombo"), 1402);
    }
};

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString& path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(30000));
    for (const QString& line :
         QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

// The preview of what the tab shows, opened (not exec()'d) and its pages counted.
int previewPages(app::AttendanceView& view, QPageLayout::Orientation* orientation = nullptr)
{
    std::unique_ptr<QPrintPreviewDialog> preview = view.printPreview();
    REQUIRE(preview);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    if (orientation)
        *orientation = preview->printer()->pageLayout().orientation();
    const int pages = app::PrintPreview::pageCount(*preview);
    preview->close();
    return pages;
}

} // namespace

TEST_CASE("The attendance matrix of a body over a Jalali year, its rates and head counts")
{
    AttendanceFixture f;
    f.showGroupYear();
    CHECK(f.view().from() == QDate(2023, 3, 21));
    CHECK(f.view().to() == QDate(2024, 3, 19));

    Matrix& m = f.matrix();
    REQUIRE(m.rowCount() == 4);
    REQUIRE(m.columnCount() == Matrix::FirstMeetingColumn + 4);
    // Persian order of family names: رقابی, طاهری, کاظمی; the guest is no row.
    CHECK(f.header(0) == QStringLiteral("رقابی, فاطمه"));
    CHECK(f.header(1) == QStringLiteral("طاهری, محمد"));
    CHECK(f.header(2) == QStringLiteral("کاظمی, زهرا"));
    CHECK(f.header(3) == QStringLiteral("Members present"));
    CHECK(m.headerData(Matrix::FirstMeetingColumn, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Meeting ۱\n۱۴۰۲/۰۱/۲۱"));

    // Taheri: 3 attended of 4 recorded (75%), 3 of 3 leaving out the excused one.
    CHECK(f.cell(1, Matrix::RoleColumn) == QStringLiteral("Lead"));
    CHECK(f.cell(1, Matrix::RateColumn) == QStringLiteral("۷۵٪"));
    CHECK(f.cell(1, Matrix::RateWithoutExcusedColumn) == QStringLiteral("۱۰۰٪"));
    CHECK(f.cell(1, Matrix::FirstMeetingColumn + 1) == QStringLiteral("late ۱۰"));
    CHECK(f.cell(1, Matrix::FirstMeetingColumn + 3) == QStringLiteral("excused"));
    CHECK(
        f.cell(1, Matrix::FirstMeetingColumn + 3, Qt::ToolTipRole).contains(QStringLiteral("سفر")));
    // Kazemi: 1 of 4.
    CHECK(f.cell(2, Matrix::RateColumn) == QStringLiteral("۲۵٪"));
    CHECK(f.cell(2, Matrix::FirstMeetingColumn + 1) == QStringLiteral("absent"));
    // Each meeting's members present of those expected, the guest apart: 3 of 3 +1 at the first.
    CHECK(f.cell(3, Matrix::FirstMeetingColumn) == QStringLiteral("۳ of ۳ +۱"));
    CHECK(f.cell(3, Matrix::FirstMeetingColumn + 1) == QStringLiteral("۲ of ۳"));
    // The body over the year: 3 + 4 + 1 = 8 attended of 12 recorded.
    CHECK(f.cell(3, Matrix::RateColumn) == QStringLiteral("۶۷٪"));

    SECTION("the role filter keeps the lead")
    {
        choose(find<QComboBox>(f.view(), "roleCombo"), int(MembershipRole::Lead));
        REQUIRE(m.rowCount() == 2);
        CHECK(f.header(0) == QStringLiteral("طاهری, محمد"));
        choose(find<QComboBox>(f.view(), "roleCombo"), -1);
        CHECK(m.rowCount() == 4);
    }
    SECTION("a period without meetings says so")
    {
        typeInto(find<app::JalaliDateEdit>(f.view(), "fromEdit")->lineEdit(),
                 QStringLiteral("1401/01/01"));
        typeInto(find<app::JalaliDateEdit>(f.view(), "toEdit")->lineEdit(),
                 QStringLiteral("۱۴۰۱/۱۲/۲۹"));
        CHECK(f.view().to() == QDate(2023, 3, 20));
        CHECK(m.rowCount() == 0);
        CHECK(
            find<QLabel>(f.view(), "summaryLabel")->text().contains(QStringLiteral("No meetings")));
    }
    SECTION("a period typed in the date fields")
    {
        typeInto(find<app::JalaliDateEdit>(f.view(), "fromEdit")->lineEdit(),
                 QStringLiteral("1402/04/01"));
        CHECK(f.view().from() == QDate(2023, 6, 22));
        // The second meeting (1402/03/22) is out; the third and fourth remain.
        CHECK(m.columnCount() == Matrix::FirstMeetingColumn + 2);
        CHECK(find<QComboBox>(f.view(), "periodCombo")->currentData().toInt() == -1);
    }
}

TEST_CASE("Absence and quiet-body alerts appear, and lead to the row or the body")
{
    AttendanceFixture f;
    f.showGroupYear();
    session::AttendanceAlertModel& alerts = *f.view().alertModel();
    using Kind = session::AttendanceAlertModel::Alert::Kind;
    REQUIRE(alerts.count(Kind::Absence) == 1);
    CHECK(alerts.alertAt(0).personId == f.kazemi);
    CHECK(alerts.alertAt(0).text.contains(QStringLiteral("کاظمی")));
    CHECK(alerts.alertAt(0).text.contains(QStringLiteral("۳ absences without excuse in a row")));
    // The steering committee never met; the working group last met on 1402/09/20.
    REQUIRE(alerts.count(Kind::QuietBody) == 1);
    CHECK(alerts.alertAt(1).bodyId == f.steeringCommittee);

    // Enter on the alert selects Kazemi's row.
    auto* list = find<QListView>(f.view(), "alertsList");
    list->setFocus();
    list->setCurrentIndex(alerts.index(0));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(f.view().matrixTable()->currentIndex().row() == f.matrix().rowOfPerson(f.kazemi));

    SECTION("stricter rules from the settings raise more alerts")
    {
        storage::SettingsRepository(f.database())
            .setReviewRules({.consecutiveAbsences = 1, .absencesInOneYear = 2, .quietMonths = 1});
        f.view().reload();
        // Kazemi: a run of three and three in 1402; Taheri's excuse is no absence.
        CHECK(alerts.count(Kind::Absence) == 2);
        CHECK(alerts.count(Kind::QuietBody) == 2);
        CHECK(find<QLabel>(f.view(), "rulesLabel")->text().contains(QStringLiteral("۱ absences")));
    }
    SECTION("the quiet body's alert shows its matrix")
    {
        list->setFocus();
        list->setCurrentIndex(alerts.index(1));
        QTest::keyClick(list, Qt::Key_Return);
        CHECK(find<QComboBox>(f.view(), "subjectCombo")->currentText() ==
              QStringLiteral("کمیته راهبری"));
    }
}

TEST_CASE("Double-clicking a meeting's column opens the meeting")
{
    AttendanceFixture f;
    f.showGroupYear();
    QHeaderView* header = f.view().matrixTable()->horizontalHeader();
    const int section = Matrix::FirstMeetingColumn + 2;
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                    header->height() / 2);
    QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, at);
    CHECK(f.window().currentPage() == app::MainWindow::MeetingEditorPage);
    CHECK(f.window().meetingEditor()->meetingId() == f.meetings[2]);
}

TEST_CASE("The attendance matrix is exported to PDF and CSV from its buttons")
{
    AttendanceFixture f;
    f.showGroupYear();
    QTemporaryDir folder;
    QString asked;
    QString path = folder.filePath(QStringLiteral("matrix.pdf"));
    f.view().setSaveFileChooser([&](const QString&, const QString& name, const QString&) {
        asked = name;
        return path;
    });
    QTest::mouseClick(find<QPushButton>(f.view(), "exportPdfButton"), Qt::LeftButton);
    CHECK(asked == QStringLiteral("Attendance of کارگروه آموزش, ۱۴۰۲.pdf"));
    REQUIRE(QFile::exists(path));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("کارگروه آموزش")));
    CHECK(text.contains(QStringLiteral("کاظمی")));
    CHECK(text.contains(QStringLiteral("۷۵٪")));
    CHECK(text.contains(QStringLiteral("صفحه")));

    path = folder.filePath(QStringLiteral("matrix.csv"));
    choose(find<QComboBox>(f.view(), "roleCombo"), int(MembershipRole::Member));
    QTest::mouseClick(find<QPushButton>(f.view(), "exportCsvButton"), Qt::LeftButton);
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split(QStringLiteral("\r\n"));
    // The two members, not the lead, as the view shows them.
    CHECK(lines[1].startsWith(QStringLiteral("رقابی,فاطمه,عضو,حاضر,حاضر,خروج زودهنگام,حاضر,4,")));
    CHECK(lines[2].startsWith(QStringLiteral("کاظمی,زهرا,عضو,")));
    CHECK(lines[3].startsWith(QStringLiteral("تعداد حاضران,")));
}

TEST_CASE("The activity of the bodies: table, chart of the selected bodies, exports")
{
    AttendanceFixture f;
    f.showGroupYear();
    f.view().showTab(app::AttendanceView::ActivityTab);
    session::ActivityTableModel& activity = *f.view().activityModel();
    // The committee first, then the working group, then all bodies.
    REQUIRE(activity.rowCount() == 3);
    CHECK(activity.index(0, 0).data().toString() == QStringLiteral("کمیته راهبری"));
    CHECK(activity.index(1, 0).data().toString() == QStringLiteral("کارگروه آموزش"));
    CHECK(activity.index(1, session::ActivityTableModel::MeetingsColumn).data().toString() ==
          QStringLiteral("۴"));
    CHECK(activity.index(1, session::ActivityTableModel::OverdueColumn).data().toString() ==
          QStringLiteral("۱"));
    CHECK(activity.index(0, session::ActivityTableModel::MeetingsColumn)
              .data(Qt::BackgroundRole)
              .isValid()); // never met: marked
    // 1402/01/21 and 1402/03/22 in spring, 1402/06/20 in summer, 1402/09/20 in autumn.
    CHECK(activity.report().total().meetingsPerQuarter == QList<int>{2, 1, 1, 0});

    app::ActivityChartView* chart = f.view().chartView();
    REQUIRE(chart->series().size() == 1);
    CHECK(chart->series()[0].name == QStringLiteral("All bodies"));
    auto* table = find<QTableView>(f.view(), "activityTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(activity.index(1, 0)).center());
    REQUIRE(chart->series().size() == 1);
    CHECK(chart->series()[0].name == QStringLiteral("کارگروه آموزش"));
    CHECK(chart->grab().width() > 0);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("activity.pdf"));
    f.view().setSaveFileChooser(
        [&](const QString&, const QString&, const QString&) { return path; });
    QTest::mouseClick(find<QPushButton>(f.view(), "exportPdfButton"), Qt::LeftButton);
    REQUIRE(QFile::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("فعالیت نهادها")));
    CHECK(text.contains(QStringLiteral("کارگروه آموزش")));
}

TEST_CASE("The print preview of each review shows the pages its PDF has, on their own paper")
{
    AttendanceFixture f;
    f.showGroupYear();
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("matrix.pdf"));
    f.view().setSaveFileChooser(
        [&](const QString&, const QString&, const QString&) { return path; });
    f.view().exportPdf();
    const int matrixPages = pdfPages(path);
    REQUIRE(matrixPages > 0);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    CHECK(previewPages(f.view(), &orientation) == matrixPages);
    CHECK(orientation == QPageLayout::Landscape);

    f.view().showTab(app::AttendanceView::ActivityTab);
    path = folder.filePath(QStringLiteral("activity.pdf"));
    f.view().exportPdf();
    const int activityPages = pdfPages(path);
    REQUIRE(activityPages > 0);
    CHECK(previewPages(f.view()) == activityPages);

    // Page set-up: portrait paper is narrower than the landscape page the matrix is laid out
    // for; it is painted smaller rather than cut, so its pages are still all there.
    f.view().showTab(app::AttendanceView::MatrixTab);
    std::unique_ptr<QPrintPreviewDialog> preview = f.view().printPreview();
    REQUIRE(preview);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages);
    pages->setPortraitOrientation();
    pages->updatePreview();
    CHECK(preview->printer()->pageLayout().orientation() == QPageLayout::Portrait);
    CHECK(pages->pageCount() >= 1);
    preview->close();
}

TEST_CASE("The settings dialog edits the attendance rules")
{
    app::SettingsDialog dialog;
    dialog.setReviewRules({}, true);
    CHECK(find<QSpinBox>(dialog, "consecutiveSpin")->value() == 3);
    auto* months = find<QSpinBox>(dialog, "quietMonthsSpin");
    months->setFocus();
    QTest::keyClick(months, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(months, QStringLiteral("6"));
    CHECK(dialog.reviewRules() ==
          ReviewRules{.consecutiveAbsences = 3, .absencesInOneYear = 5, .quietMonths = 6});
    dialog.setReviewRules({}, false);
    CHECK_FALSE(find<QWidget>(dialog, "reviewBox")->isEnabled());

    SECTION("OK accepts the dialog")
    {
        dialog.show();
        auto* buttons = find<QDialogButtonBox>(dialog, "buttons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
}
