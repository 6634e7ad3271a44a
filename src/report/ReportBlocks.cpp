#include "ReportBlocks.h"

#include "DocumentFonts.h"
#include "PagedReport.h"
#include "RightToLeftText.h"

#include <QPainter>

namespace jalaseh::report {
namespace {

void addText(PagedReport& report, const QString& text, const QFont& font, const QColor& colour,
             bool keepWithNext)
{
    const qreal height = RightToLeftText::height(text, font, report.width(), report.device());
    report.add(height,
               [=](QPainter& painter, const QRectF& box) {
                   painter.setPen(colour);
                   RightToLeftText::paint(painter, box, text, font, Qt::AlignRight | Qt::AlignTop);
               },
               {.keepWithNext = keepWithNext});
}

} // namespace

void ReportBlocks::addTitle(PagedReport& report, const QString& text)
{
    addText(report, text, DocumentFonts::font(15, true), Qt::black, true);
    report.addSpace(report.millimetres(1.5));
}

void ReportBlocks::addHeading(PagedReport& report, const QString& text)
{
    report.addSpace(report.millimetres(4));
    addText(report, text, DocumentFonts::font(11, true), QColor(0x1f, 0x3a, 0x5f), true);
    report.addSpace(report.millimetres(1.5));
}

void ReportBlocks::addParagraph(PagedReport& report, const QString& text, qreal pointSize,
                                const QColor& colour)
{
    addText(report, text, DocumentFonts::font(pointSize), colour, false);
}

void ReportBlocks::addLegend(PagedReport& report, const QList<LegendItem>& items)
{
    const QFont font = DocumentFonts::font(8);
    QPaintDevice* device = report.device();
    const qreal lineHeight = RightToLeftText::height(QStringLiteral("ح"), font, 1e6, device);
    const qreal swatch = report.millimetres(4);
    const qreal gap = report.millimetres(1.5);
    const qreal between = report.millimetres(5);
    // Items flow from the right, wrapping onto a new line when the page is full.
    struct Placed
    {
        QRectF swatch;
        QRectF text;
        int item;
    };
    QList<Placed> placed;
    qreal right = report.width();
    qreal top = 0;
    for (int index = 0; index < items.size(); ++index) {
        const qreal width = RightToLeftText::width(items[index].text, font, device) + 1;
        if (right - swatch - gap - width < 0 && right < report.width()) {
            right = report.width();
            top += lineHeight * 1.4;
        }
        const qreal swatchTop = top + (lineHeight - swatch * 0.7) / 2;
        placed.append({QRectF(right - swatch, swatchTop, swatch, swatch * 0.7),
                       QRectF(right - swatch - gap - width, top, width, lineHeight), index});
        right -= swatch + gap + width + between;
    }
    const qreal rule = report.millimetres(0.15);
    report.add(top + lineHeight, [=](QPainter& painter, const QRectF& box) {
        for (const Placed& item : placed) {
            const QRectF swatchBox = item.swatch.translated(box.topLeft());
            painter.fillRect(swatchBox, items[item.item].colour);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), rule));
            painter.drawRect(swatchBox);
            painter.setPen(Qt::black);
            RightToLeftText::paint(painter, item.text.translated(box.topLeft()),
                                   items[item.item].text, font, Qt::AlignRight);
        }
    });
}

} // namespace jalaseh::report
