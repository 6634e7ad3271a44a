#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace jalaseh::report {

class PagedReport;

// The blocks the painted reports share: headings, paragraphs and a legend of colours, laid out
// right to left in the documents' fonts.
class ReportBlocks
{
public:
    static void addTitle(PagedReport& report, const QString& text);
    static void addHeading(PagedReport& report, const QString& text);
    static void addParagraph(PagedReport& report, const QString& text, qreal pointSize = 9,
                             const QColor& colour = Qt::black);
    struct LegendItem
    {
        QColor colour;
        QString text;
    };
    static void addLegend(PagedReport& report, const QList<LegendItem>& items);
};

} // namespace jalaseh::report
