#include "ActivityPdf.h"

#include "ActivityChart.h"
#include "ActivityRows.h"
#include "AttendancePdf.h"
#include "PageRenderer.h"
#include "PagedReport.h"
#include "ReportBlocks.h"
#include "ReportTable.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"

#include <QPainter>

namespace jalaseh::report {
namespace {

constexpr qreal pageWidth = PageRenderer::landscapeBodyMillimetres;
constexpr qreal rowNumberWidth = 10;
constexpr qreal nameWidth = 62;
constexpr qreal quarterWidth = 14;
constexpr qreal countWidth = 15;
constexpr qreal lastMeetingWidth = 20;
constexpr int countColumns = 6;
constexpr qreal chartHeight = 62;

const QColor overdueText(0x9b, 0x12, 0x12);
const QColor idleBackground(0xfb, 0xe3, 0xe3);
const QColor totalBackground(0xf1, 0xf1, 0xf1);

QList<ReportCell> countCells(const BodyActivity& activity, bool showQuarters, bool bold,
                             const QColor& background)
{
    QList<ReportCell> cells;
    auto number = [&](int value, const QColor& foreground = {}) {
        cells.append({persian::formatNumber(value), background, foreground, bold});
    };
    if (showQuarters)
        for (const int count : activity.meetingsPerQuarter)
            number(count);
    cells.append({persian::formatNumber(activity.meetings),
                  activity.meetings == 0 && !bold ? idleBackground : background,
                  {},
                  true});
    number(activity.proposals);
    number(activity.decisions);
    number(activity.open);
    number(activity.done);
    number(activity.overdue, activity.overdue > 0 ? overdueText : QColor());
    cells.append({persian::formatDate(activity.lastMeeting), background, {}, bold});
    return cells;
}

} // namespace

QList<ChartSeries> ActivityPdf::chartSeries(const ActivityReport& report, const QList<Body>& bodies,
                                            const QList<Id>& chartedBodies)
{
    QList<ChartSeries> series;
    for (const Id bodyId : chartedBodies) {
        const int row = report.rowOf(bodyId);
        if (row >= 0)
            series.append(
                {ActivityRows::bodyName(bodyId, bodies), report.bodies()[row].meetingsPerQuarter});
    }
    if (series.isEmpty())
        series.append({QStringLiteral("همه نهادها"), report.total().meetingsPerQuarter});
    return series;
}

QString ActivityPdf::title()
{
    return QStringLiteral("فعالیت نهادها");
}

QString ActivityPdf::runningTitle(const ActivityExport& about)
{
    return title() + QStringLiteral("، ") + AttendancePdf::periodText(about.from, about.to);
}

int ActivityPdf::paint(const ActivityReport& report, const QList<Body>& bodies,
                       const ActivityExport& about, QPagedPaintDevice& device, PageChoice page)
{
    PagedReport paged(device, QPageLayout::Landscape, about.organisation, runningTitle(about),
                      page);

    ReportBlocks::addTitle(paged, title());
    QString subtitle = AttendancePdf::periodText(about.from, about.to);
    if (about.foldMerged)
        subtitle += QStringLiteral(
            "؛ جلسه‌های کارگروه‌های ادغام‌شده در نهادی که به آن پیوسته‌اند "
            "شمرده شده است");
    ReportBlocks::addParagraph(paged, subtitle, 10.5);
    ReportBlocks::addParagraph(
        paged,
        QStringLiteral(
            "%1 جلسه، %2 پیشنهاد و %3 مصوبه؛ پیگیری مصوبه‌ها تا %4: %5 باز، %6 "
            "انجام‌شده، %7 گذشته از مهلت.")
            .arg(persian::formatNumber(report.total().meetings),
                 persian::formatNumber(report.total().proposals),
                 persian::formatNumber(report.total().decisions), persian::formatDate(about.today),
                 persian::formatNumber(report.total().open),
                 persian::formatNumber(report.total().done),
                 persian::formatNumber(report.total().overdue)),
        9.5);
    paged.addSpace(paged.millimetres(3));

    const ActivityChart chart(
        report.quarters(), chartSeries(report, bodies, about.chartedBodies),
        QStringLiteral("جلسه‌های برگزارشده در هر فصل"));
    paged.add(paged.millimetres(chartHeight),
              [chart](QPainter& painter, const QRectF& box) { chart.paint(painter, box, 8.5); });
    paged.addSpace(paged.millimetres(4));

    const qreal fixed = rowNumberWidth + nameWidth + countColumns * countWidth + lastMeetingWidth;
    const bool showQuarters = report.quarters().size() * quarterWidth <= pageWidth - fixed;
    QList<qreal> widths{rowNumberWidth, nameWidth};
    QList<ReportCell> header{{QStringLiteral("ردیف")}, {QStringLiteral("نهاد")}};
    if (showQuarters)
        for (const JalaliQuarter& quarter : report.quarters()) {
            widths.append(quarterWidth);
            header.append(
                {ActivityRows::quarterName(quarter).replace(QLatin1Char(' '), QLatin1Char('\n'))});
        }
    for (int i = 0; i < countColumns; ++i)
        widths.append(countWidth);
    widths.append(lastMeetingWidth);
    header << ReportCell{QStringLiteral("جلسه")} << ReportCell{QStringLiteral("پیشنهاد")}
           << ReportCell{QStringLiteral("مصوبه")} << ReportCell{QStringLiteral("مصوبه باز")}
           << ReportCell{QStringLiteral("انجام‌شده")}
           << ReportCell{QStringLiteral("گذشته از مهلت")}
           << ReportCell{QStringLiteral("آخرین جلسه")};
    ReportTable table(widths, 8);
    table.setHeader(header);
    int number = 0;
    for (const int row : ActivityRows::inDisplayOrder(report, bodies)) {
        const BodyActivity& activity = report.bodies()[row];
        QList<ReportCell> cells{
            {persian::formatNumber(++number)},
            {ActivityRows::bodyName(activity.bodyId, bodies), {}, {}, false, Qt::AlignRight}};
        table.addRow(cells + countCells(activity, showQuarters, false, {}));
    }
    table.addRow(QList<ReportCell>{
                     {{}, totalBackground},
                     {QStringLiteral("همه نهادها"), totalBackground, {}, true, Qt::AlignRight}} +
                 countCells(report.total(), showQuarters, true, totalBackground));
    ReportBlocks::addHeading(paged, QStringLiteral("فعالیت هر نهاد"));
    table.addTo(paged);

    ReportBlocks::addHeading(paged, QStringLiteral("شیوه شمارش"));
    ReportBlocks::addParagraph(
        paged,
        QStringLiteral(
            "جلسه‌ای برگزارشده شمرده می‌شود که روزش رسیده باشد؛ جلسه‌های پس از "
            "امروز «آینده»اند. فصل‌ها فصل‌های سال خورشیدی‌اند (بهار: فروردین تا "
            "خرداد). پیشنهادها و مصوبه‌ها همان‌هایی‌اند که در جلسه‌های برگزارشده ثبت "
            "شده‌اند. پیگیری مصوبه‌های تصویب‌شده یا به تعویق افتاده در روز گزارش: "
            "«انجام‌شده»؛ «گذشته از مهلت» (چنین علامت خورده، یا باز و در دست اقدام "
            "با مهلتی که گذشته)؛ «باز» (باز یا در دست اقدام، در مهلت). مصوبه‌های "
            "ردشده پیگیری ندارند و فقط در شمار مصوبه‌ها می‌آیند. نهادی که در دوره "
            "جلسه‌ای نداشته با خانه سرخ در ستون جلسه نشان داده شده است."),
        8.5, QColor(0x33, 0x33, 0x33));
    return paged.print();
}

} // namespace jalaseh::report
