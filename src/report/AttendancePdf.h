#pragma once

#include "PageRenderer.h"
#include "core/AttendanceMatrix.h"
#include "core/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QPagedPaintDevice;

namespace jalaseh::report {

// What the attendance report says about its matrix.
struct AttendanceExport
{
    QString organisation = {};
    QString subject = {}; // the body's or the series' name, e.g. "کارگروه آموزش"
    QStringList mergedBodies = {}; // the groups merged into it whose meetings are included
    QDate from = {};
    QDate to = {};
    std::optional<MembershipRole> role = {}; // the rows shown; all when nullopt
    AbsenceThresholds thresholds = {};
};

// The pages of the attendance review (AttendanceDocument; PdfWriter writes them), landscape A4: a
// title with the period and the overall rate, a legend of the cells' colours, the matrix (rows in
// Persian order, one column per meeting headed by its number and Jalali date, each person's two
// rates; each meeting's members present of those expected at the foot), the rules of the rates, and
// the absence alerts. A matrix wider than the page continues on further pages with the next
// meetings; a longer one repeats its header row on every page. The running header names the
// organisation and the report, the footer says "صفحه ۱ از ۲".
class AttendancePdf
{
public:
    // Sets `device` to landscape A4 (or keeps its page, see PagedReport) and paints the pages;
    // returns their number.
    static int paint(const AttendanceMatrix& matrix, const QList<Person>& people,
                     const AttendanceExport& about, QPagedPaintDevice& device,
                     PageChoice page = PageChoice::Document);
    // "حضور و غیاب کارگروه آموزش", and with the period for the running header.
    static QString title(const AttendanceExport& about);
    static QString runningTitle(const AttendanceExport& about);

    // How many meeting columns fit across one landscape page.
    static int meetingsPerPage();
    // "کارگروه آموزش، از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹": the period as the title and CSV name it.
    static QString periodText(const QDate& from, const QDate& to);
};

} // namespace jalaseh::report
