#pragma once

#include "ActivityExport.h"
#include "PageRenderer.h"

class QPagedPaintDevice;

namespace jalaseh::report {

// The pages of the activity review (ActivityDocument; PdfWriter writes them), landscape A4: a title
// with the period, the chart of meetings held per Jalali quarter (ActivityChart, painted as vectors
// with its text), the table of every body (meetings per quarter when the period has few enough to
// fit, meetings held, proposals, decisions, decisions open, done and overdue, the last meeting)
// with a total row, and how the numbers are counted. Running header and "صفحه ۱ از ۲" footer as the
// other reports.
class ActivityPdf
{
public:
    // Sets `device` to landscape A4 (or keeps its page, see PagedReport) and paints the pages;
    // returns their number.
    static int paint(const ActivityReport& report, const QList<Body>& bodies,
                     const ActivityExport& about, QPagedPaintDevice& device,
                     PageChoice page = PageChoice::Document);
    // "فعالیت نهادها", and with the period for the running header.
    static QString title();
    static QString runningTitle(const ActivityExport& about);

    // The series the chart draws for `about.chartedBodies` (all bodies together when empty).
    static QList<struct ChartSeries> chartSeries(const ActivityReport& report,
                                                 const QList<Body>& bodies,
                                                 const QList<Id>& chartedBodies);
};

} // namespace jalaseh::report
