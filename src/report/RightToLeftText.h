#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace jalaseh::report {

// Text measured and painted the same way, right to left, wrapped at word boundaries, through
// QTextLayout: what the painted reports and the chart use for every string, so that a height
// measured before painting is the height painted. Persian and Latin text mix as the Unicode
// bidi algorithm says, in a right-to-left paragraph.
class RightToLeftText
{
public:
    // The height of `text` set in `font` and wrapped to `width` on `device` (whose resolution
    // turns the font's points into its pixels).
    static qreal height(const QString& text, const QFont& font, qreal width, QPaintDevice* device);
    // The width of the text on one line.
    static qreal width(const QString& text, const QFont& font, QPaintDevice* device);
    // Paints `text` wrapped within `box`; `alignment` takes the horizontal (absolute: AlignRight
    // is the right edge) and vertical flags.
    static void paint(QPainter& painter, const QRectF& box, const QString& text, const QFont& font,
                      Qt::Alignment alignment = Qt::AlignRight | Qt::AlignTop);
};

} // namespace jalaseh::report
