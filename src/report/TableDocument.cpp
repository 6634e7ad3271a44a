#include "TableDocument.h"

#include "PagedReport.h"
#include "ReportBlocks.h"

#include <numeric>

namespace jalaseh::report {

TableDocument::TableDocument(QString organisation, QString title, QString about,
                             QList<Column> columns, QList<QList<ReportCell>> rows)
    : m_organisation(std::move(organisation))
    , m_title(std::move(title))
    , m_about(std::move(about))
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
{
}

int TableDocument::paintPages(QPagedPaintDevice& device) const
{
    return paint(device, PageChoice::Document);
}

int TableDocument::printPages(QPagedPaintDevice& device) const
{
    return paint(device, PageChoice::Device);
}

int TableDocument::paint(QPagedPaintDevice& device, PageChoice page) const
{
    PagedReport report(device, QPageLayout::Landscape, m_organisation, m_title, page);
    ReportBlocks::addTitle(report, m_title);
    if (!m_about.isEmpty())
        ReportBlocks::addParagraph(report, m_about, 10);
    report.addSpace(report.millimetres(2));

    const qreal shares = std::accumulate(m_columns.cbegin(), m_columns.cend(), qreal(0),
                                         [](qreal sum, const Column& c) { return sum + c.share; });
    QList<qreal> widths;
    QList<ReportCell> header;
    for (const Column& column : m_columns) {
        widths.append(shares > 0 ? PageRenderer::landscapeBodyMillimetres * column.share / shares
                                 : 0);
        header.append({.text = column.header, .bold = true, .alignment = Qt::AlignRight});
    }
    ReportTable table(widths, 8.5);
    table.setHeader(header);
    for (const QList<ReportCell>& row : m_rows)
        table.addRow(row);
    table.addTo(report);
    return report.print();
}

} // namespace jalaseh::report
