#include "ReportTable.h"

#include "DocumentFonts.h"
#include "PagedReport.h"
#include "RightToLeftText.h"

#include <QPainter>
#include <numeric>

namespace jalaseh::report {
namespace {

constexpr qreal paddingAcross = 0.8; // millimetres
constexpr qreal paddingDown = 0.6;
const QColor ruleColour(0xb8, 0xb8, 0xb8);
const QColor headerBackground(0xe9, 0xed, 0xf2);

} // namespace

ReportTable::ReportTable(QList<qreal> columnWidths, qreal pointSize)
    : m_widths(std::move(columnWidths))
    , m_pointSize(pointSize)
{
}

void ReportTable::setHeader(QList<ReportCell> cells)
{
    m_header = std::move(cells);
}

void ReportTable::addRow(QList<ReportCell> cells)
{
    m_rows.append(std::move(cells));
}

qreal ReportTable::widthInMillimetres() const
{
    return std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
}

qreal ReportTable::rowHeight(const PagedReport& report, const QList<ReportCell>& cells,
                             bool header) const
{
    qreal tallest = 0;
    for (qsizetype column = 0; column < cells.size() && column < m_widths.size(); ++column) {
        const QFont font = DocumentFonts::font(m_pointSize, header || cells[column].bold);
        const qreal width = report.millimetres(m_widths[column] - 2 * paddingAcross);
        tallest = std::max(
            tallest, RightToLeftText::height(cells[column].text, font, width, report.device()));
    }
    return tallest + 2 * report.millimetres(paddingDown);
}

void ReportTable::addTo(PagedReport& report) const
{
    // Copies: the blocks are painted after this table may be gone.
    const QList<qreal> widths = m_widths;
    const qreal pointSize = m_pointSize;
    const qreal across = report.millimetres(paddingAcross);
    const qreal down = report.millimetres(paddingDown);
    const qreal rule = report.millimetres(0.2);
    const qreal tableWidth = report.millimetres(widthInMillimetres());
    auto painting = [=, &report](QList<ReportCell> cells, bool header) {
        return [=, &report](QPainter& painter, const QRectF& box) {
            qreal right = box.right();
            const qreal left = box.right() - tableWidth;
            painter.setPen(QPen(ruleColour, rule));
            for (qsizetype column = 0; column < widths.size(); ++column) {
                const qreal width = report.millimetres(widths[column]);
                const QRectF cell(right - width, box.top(), width, box.height());
                const ReportCell content = column < cells.size() ? cells[column] : ReportCell{};
                const QColor background = content.background.isValid()
                                              ? content.background
                                              : (header ? headerBackground : QColor());
                if (background.isValid())
                    painter.fillRect(cell, background);
                painter.setPen(content.foreground.isValid() ? content.foreground : Qt::black);
                RightToLeftText::paint(painter, cell.adjusted(across, down, -across, -down),
                                       content.text,
                                       DocumentFonts::font(pointSize, header || content.bold),
                                       content.alignment | Qt::AlignVCenter);
                painter.setPen(QPen(ruleColour, rule));
                painter.drawLine(QPointF(cell.left(), cell.top()),
                                 QPointF(cell.left(), cell.bottom()));
                right -= width;
            }
            painter.drawLine(QPointF(box.right(), box.top()), QPointF(box.right(), box.bottom()));
            painter.drawLine(QPointF(left, box.top()), QPointF(box.right(), box.top()));
            painter.drawLine(QPointF(left, box.bottom()), QPointF(box.right(), box.bottom()));
        };
    };
    int header = -1;
    if (!m_header.isEmpty())
        header = report.add(rowHeight(report, m_header, true), painting(m_header, true),
                            {.keepWithNext = true});
    // The last row (a table's totals) never goes to a page alone: the row before keeps it.
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        report.add(rowHeight(report, m_rows[row], false), painting(m_rows[row], false),
                   {.repeatOnNewPage = header, .keepWithNext = row == m_rows.size() - 2});
}

} // namespace jalaseh::report
