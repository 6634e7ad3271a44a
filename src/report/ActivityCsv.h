#pragma once

#include "ActivityExport.h"

#include <QByteArray>

namespace jalaseh::report {

// The activity of every body as CSV (UTF-8 with a byte order mark, see CsvText): one row per
// body in display order (ActivityRows) with its kind, the body it was merged into, its meetings in
// each Jalali quarter ("بهار ۱۴۰۲"), then meetings held and planned, proposals, decisions, and
// decisions open, done and overdue, and the date of its last meeting (Jalali, Persian digits).
// A last row adds every body up. Counts are in Latin digits so that spreadsheets read numbers.
class ActivityCsv
{
public:
    static QByteArray write(const ActivityReport& report, const QList<Body>& bodies);
};

} // namespace jalaseh::report
