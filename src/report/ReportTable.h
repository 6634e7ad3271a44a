#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace jalaseh::report {

class PagedReport;

struct ReportCell
{
    QString text = {};
    QColor background = {}; // invalid: none
    QColor foreground = {}; // invalid: the text colour
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignHCenter; // absolute: AlignRight is the right edge
};

// A table painted on a PagedReport, right to left: the first column at the right edge. Each row
// is a block of its own, as tall as its tallest wrapped cell; the header row is kept with the
// first row and repeated at the top of every page the table continues on, and the last row (the
// totals) is kept with the one before it.
class ReportTable
{
public:
    // Column widths in millimetres, from the right.
    explicit ReportTable(QList<qreal> columnWidths, qreal pointSize = 8);

    void setHeader(QList<ReportCell> cells);
    void addRow(QList<ReportCell> cells);
    qreal widthInMillimetres() const;

    void addTo(PagedReport& report) const;

private:
    qreal rowHeight(const PagedReport& report, const QList<ReportCell>& cells, bool header) const;

    QList<qreal> m_widths;
    qreal m_pointSize;
    QList<ReportCell> m_header;
    QList<QList<ReportCell>> m_rows;
};

} // namespace jalaseh::report
