#pragma once

#include "ActivityExport.h"

class QIODevice;

namespace jalaseh::report {

// The activity of every body as a PDF on landscape A4: a title with the period, the chart of
// meetings held per Jalali quarter (ActivityChart, painted as vectors with its text), the table of
// every body (meetings per quarter when the period has few enough to fit, meetings held,
// proposals, decisions, decisions open, done and overdue, the last meeting) with a total row, and
// how the numbers are counted. Running header and "صفحه ۱ از ۲" footer as the other reports.
class ActivityPdf
{
public:
    static void write(const ActivityReport& report, const QList<Body>& bodies,
                      const ActivityExport& about, QIODevice& device);
    // Throws ReportError when the file cannot be written.
    static void writeFile(const ActivityReport& report, const QList<Body>& bodies,
                          const ActivityExport& about, const QString& path);

    // The series the chart draws for `about.chartedBodies` (all bodies together when empty).
    static QList<struct ChartSeries> chartSeries(const ActivityReport& report,
                                                 const QList<Body>& bodies,
                                                 const QList<Id>& chartedBodies);
};

} // namespace jalaseh::report
