#include "AttendancePdf.h"

#include "AttendanceStyle.h"
#include "Isolation.h"
#include "PageRenderer.h"
#include "PagedReport.h"
#include "ReportBlocks.h"
#include "ReportTable.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "persian/Phrasing.h"

#include <QHash>
#include <algorithm>

namespace jalaseh::report {
namespace {

// Column widths in millimetres; landscape A4 leaves 261 mm between the margins.
constexpr qreal rowNumberWidth = 9.5;
constexpr qreal nameWidth = 34;
constexpr qreal roleWidth = 11;
constexpr qreal meetingWidth = 14;
constexpr qreal rateWidth = 19;
constexpr qreal pageWidth = PageRenderer::landscapeBodyMillimetres;
constexpr qreal tablePointSize = 7;

QString fullName(const Person* person)
{
    return person ? person->fullName() : QString();
}

QString rateText(std::optional<double> rate, int attended, int of)
{
    if (!rate)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2 از %3)")
        .arg(persian::formatPercent(*rate), persian::formatNumber(attended),
             persian::formatNumber(of));
}

QString meetingList(const QList<Id>& meetingIds, const AttendanceMatrix& matrix)
{
    QHash<Id, const MatrixMeeting*> meetingOf;
    for (const MatrixMeeting& meeting : matrix.meetings())
        meetingOf.insert(meeting.id, &meeting);
    QStringList dates;
    for (const Id id : meetingIds) {
        if (const MatrixMeeting* meeting = meetingOf.value(id))
            dates.append(persian::formatDate(meeting->date));
    }
    return persian::joinList(dates);
}

QString alertText(const AbsenceAlert& alert, const Person* person, const AttendanceMatrix& matrix)
{
    const QString dates = meetingList(alert.meetingIds, matrix);
    if (alert.kind == AbsenceAlert::Kind::Consecutive)
        return QStringLiteral(
                   "%1: %2 غیبت بدون عذر پیاپی، در جلسه‌های %3")
            .arg(fullName(person), persian::formatNumber(alert.count), dates);
    return QStringLiteral(
               "%1: %2 غیبت بدون عذر در سال %3، در جلسه‌های %4")
        .arg(fullName(person), persian::formatNumber(alert.count),
             persian::formatNumber(alert.jalaliYear), dates);
}

void addSummary(PagedReport& report, const AttendanceMatrix& matrix, const QList<int>& rows,
                const AttendanceExport& about)
{
    QString line = QStringLiteral("%1 جلسه، %2 نفر")
                       .arg(persian::formatNumber(matrix.meetings().size()),
                            persian::formatNumber(rows.size()));
    if (about.role)
        line += QStringLiteral(" (فقط %1‌ها)").arg(AttendanceStyle::roleName(*about.role));
    if (const auto rate = matrix.overallRate())
        line += QStringLiteral("؛ نرخ حضور همه اعضا: %1").arg(persian::formatPercent(*rate));
    ReportBlocks::addParagraph(report, line, 9.5);
    if (!about.mergedBodies.isEmpty())
        ReportBlocks::addParagraph(
            report,
            QStringLiteral(
                "با جلسه‌های %1 که در این نهاد ادغام شده است.")
                .arg(persian::joinList(about.mergedBodies)),
            9, QColor(0x44, 0x44, 0x44));
    report.addSpace(report.millimetres(2));

    ReportBlocks::addLegend(
        report,
        {{AttendanceStyle::background({.expected = true, .status = AttendanceStatus::Present}),
          QStringLiteral("حاضر")},
         {AttendanceStyle::background({.expected = true, .status = AttendanceStatus::Late}),
          QStringLiteral("تأخیر (به دقیقه)")},
         {AttendanceStyle::background({.expected = true, .status = AttendanceStatus::LeftEarly}),
          QStringLiteral("خروج زودهنگام")},
         {AttendanceStyle::background({.expected = true, .status = AttendanceStatus::Excused}),
          QStringLiteral("غیبت موجه")},
         {AttendanceStyle::background({.expected = true, .status = AttendanceStatus::Absent}),
          QStringLiteral("غیبت بدون عذر")},
         {AttendanceStyle::background({.expected = true}), QStringLiteral("؟ ثبت نشده")},
         {AttendanceStyle::background({}), QStringLiteral("عضو نبود")}});
    report.addSpace(report.millimetres(3));
}

ReportTable tableOf(const AttendanceMatrix& matrix, const QList<int>& rows,
                    const QHash<Id, const Person*>& personOf, int firstColumn, int columnCount)
{
    QList<qreal> widths{rowNumberWidth, nameWidth, roleWidth};
    for (int i = 0; i < columnCount; ++i)
        widths.append(meetingWidth);
    widths << rateWidth << rateWidth;
    ReportTable table(widths, tablePointSize);

    QList<ReportCell> header{
        {QStringLiteral("ردیف")}, {QStringLiteral("نام")}, {QStringLiteral("نقش")}};
    for (int column = firstColumn; column < firstColumn + columnCount; ++column) {
        const MatrixMeeting& meeting = matrix.meetings().at(column);
        header.append(
            {QStringLiteral("جلسه %1\n%2")
                 .arg(persian::formatNumber(meeting.number), persian::formatDate(meeting.date))});
    }
    header << ReportCell{QStringLiteral("نرخ حضور")}
           << ReportCell{QStringLiteral("بدون غیبت موجه")};
    table.setHeader(header);

    int number = 0;
    for (const int row : rows) {
        QList<ReportCell> cells{
            {persian::formatNumber(++number)},
            {fullName(personOf.value(matrix.people().at(row))), {}, {}, false, Qt::AlignRight},
            {AttendanceStyle::roleName(matrix.role(row))}};
        for (int column = firstColumn; column < firstColumn + columnCount; ++column) {
            const AttendanceCell& cell = matrix.cell(row, column);
            cells.append({AttendanceStyle::shortLabel(cell), AttendanceStyle::background(cell),
                          AttendanceStyle::foreground(cell)});
        }
        const AttendanceSummary& summary = matrix.summary(row);
        cells.append({rateText(summary.rate(), summary.attended(), summary.recorded())});
        cells.append({rateText(summary.rateExcludingExcused(), summary.attended(),
                               summary.recorded() - summary.excused)});
        table.addRow(cells);
    }

    const QColor footing(0xf1, 0xf1, 0xf1);
    QList<ReportCell> foot{
        {{}, footing},
        {QStringLiteral("اعضای حاضر از مورد انتظار"), footing, {}, true, Qt::AlignRight},
        {{}, footing}};
    for (int column = firstColumn; column < firstColumn + columnCount; ++column) {
        QString text = QStringLiteral("%1 از %2")
                           .arg(persian::formatNumber(matrix.attendedMembers(column)),
                                persian::formatNumber(matrix.expectedCount(column)));
        const int guests = matrix.attendedCount(column) - matrix.attendedMembers(column);
        if (guests > 0)
            text += QStringLiteral("\n+%1 مهمان").arg(persian::formatNumber(guests));
        foot.append({text, footing, {}, true});
    }
    const auto overall = matrix.overallRate();
    foot.append({overall ? persian::formatPercent(*overall) : QString(), footing, {}, true});
    foot.append({{}, footing});
    table.addRow(foot);
    return table;
}

void addRules(PagedReport& report, const AttendanceExport& about)
{
    ReportBlocks::addHeading(report, QStringLiteral("شیوه شمارش"));
    const QColor grey(0x33, 0x33, 0x33);
    ReportBlocks::addParagraph(
        report,
        QStringLiteral(
            "حضور به‌موقع، با تأخیر و خروج زودهنگام حضور شمرده می‌شود. «نرخ حضور» "
            "تعداد حضورها تقسیم بر جلسه‌هایی است که در دوره عضویت برگزار و حضور و "
            "غیاب آن ثبت شده است؛ غیبت موجه در آن مانند هر غیبتی شمرده می‌شود. «بدون "
            "غیبت موجه» جلسه‌هایی را که غیبت موجه داشته کنار می‌گذارد. جلسه‌ای که برای "
            "عضوی چیزی در آن ثبت نشده (؟) در هیچ‌کدام شمرده نمی‌شود. مهمانانی که عضو "
            "نبوده‌اند ردیف ندارند و فقط در شمار حاضران جلسه می‌آیند."),
        8.5, grey);
    ReportBlocks::addParagraph(
        report,
        QStringLiteral("هشدار غیبت: %1 غیبت بدون عذر پیاپی، یا %2 غیبت بدون عذر در یک سال "
                       "خورشیدی (بنا بر تنظیمات).")
            .arg(persian::formatNumber(about.thresholds.consecutive),
                 persian::formatNumber(about.thresholds.inOneYear)),
        8.5, grey);
}

} // namespace

QString AttendancePdf::periodText(const QDate& from, const QDate& to)
{
    return QStringLiteral("از %1 تا %2").arg(persian::formatDate(from), persian::formatDate(to));
}

int AttendancePdf::meetingsPerPage()
{
    const qreal fixed = rowNumberWidth + nameWidth + roleWidth + 2 * rateWidth;
    return int((pageWidth - fixed) / meetingWidth);
}

QString AttendancePdf::title(const AttendanceExport& about)
{
    return QStringLiteral("حضور و غیاب %1").arg(Isolation::isolated(about.subject));
}

QString AttendancePdf::runningTitle(const AttendanceExport& about)
{
    return title(about) + QStringLiteral("، ") + periodText(about.from, about.to);
}

int AttendancePdf::paint(const AttendanceMatrix& matrix, const QList<Person>& people,
                         const AttendanceExport& about, QPagedPaintDevice& device, PageChoice page)
{
    QHash<Id, const Person*> personOf;
    for (const Person& person : people)
        personOf.insert(person.id, &person);
    const QList<int> rows = AttendanceStyle::rowsInPersianOrder(matrix, people, about.role);

    PagedReport report(device, QPageLayout::Landscape, about.organisation, runningTitle(about),
                       page);

    ReportBlocks::addTitle(report, title(about));
    ReportBlocks::addParagraph(report, periodText(about.from, about.to), 10.5);
    addSummary(report, matrix, rows, about);

    const int columns = int(matrix.meetings().size());
    if (columns == 0) {
        ReportBlocks::addParagraph(
            report,
            QStringLiteral("در این دوره جلسه‌ای برگزار نشده است."),
            10);
    }
    const int perPage = meetingsPerPage();
    const int parts = (columns + perPage - 1) / perPage;
    for (int part = 0; part < parts; ++part) {
        const int first = part * perPage;
        const int count = std::min(perPage, columns - first);
        if (parts > 1) {
            if (part > 0)
                report.add(0, [](QPainter&, const QRectF&) {}, {.newPageBefore = true});
            ReportBlocks::addHeading(
                report,
                QStringLiteral("بخش %1 از %2: جلسه‌های %3 تا %4 از %5")
                    .arg(persian::formatNumber(part + 1), persian::formatNumber(parts),
                         persian::formatNumber(first + 1), persian::formatNumber(first + count),
                         persian::formatNumber(columns)));
        }
        tableOf(matrix, rows, personOf, first, count).addTo(report);
    }

    addRules(report, about);
    ReportBlocks::addHeading(report, QStringLiteral("هشدارهای غیبت"));
    // The alerts of the rows shown, in their order.
    QHash<Id, int> rank;
    for (const int row : rows)
        rank.insert(matrix.people().at(row), int(rank.size()));
    QList<AbsenceAlert> alerts = matrix.absenceAlerts(about.thresholds);
    alerts.removeIf([&](const AbsenceAlert& alert) { return !rank.contains(alert.personId); });
    std::stable_sort(alerts.begin(), alerts.end(),
                     [&](const AbsenceAlert& a, const AbsenceAlert& b) {
                         return rank.value(a.personId) < rank.value(b.personId);
                     });
    if (alerts.isEmpty())
        ReportBlocks::addParagraph(report, QStringLiteral("در این دوره هشداری نیست."), 9.5);
    for (const AbsenceAlert& alert : alerts)
        ReportBlocks::addParagraph(
            report, QStringLiteral("• ") + alertText(alert, personOf.value(alert.personId), matrix),
            9.5);
    return report.print();
}

} // namespace jalaseh::report
