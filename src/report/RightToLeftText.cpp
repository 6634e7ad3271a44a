#include "RightToLeftText.h"

#include <QPainter>
#include <QTextLayout>

namespace jalaseh::report {
namespace {

// QTextLayout breaks lines only at LINE SEPARATOR; callers write '\n'.
QString withLineSeparators(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
}

QTextOption optionFor(Qt::Alignment alignment)
{
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment((alignment & Qt::AlignHorizontal_Mask) | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lays `layout` out in lines of `width`; returns the height.
qreal layOut(QTextLayout& layout, qreal width)
{
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

qreal RightToLeftText::height(const QString& text, const QFont& font, qreal width,
                              QPaintDevice* device)
{
    QTextLayout layout(withLineSeparators(text), font, device);
    layout.setTextOption(optionFor(Qt::AlignRight));
    return layOut(layout, width);
}

qreal RightToLeftText::width(const QString& text, const QFont& font, QPaintDevice* device)
{
    QTextLayout layout(text, font, device);
    layout.setTextOption(optionFor(Qt::AlignRight));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    qreal width = 0;
    if (line.isValid()) {
        line.setLineWidth(1e9); // one line, however long
        width = line.naturalTextWidth();
    }
    layout.endLayout();
    return width;
}

void RightToLeftText::paint(QPainter& painter, const QRectF& box, const QString& text,
                            const QFont& font, Qt::Alignment alignment)
{
    QTextLayout layout(withLineSeparators(text), font, painter.device());
    layout.setTextOption(optionFor(alignment));
    const qreal height = layOut(layout, box.width());
    qreal top = box.top();
    if (alignment & Qt::AlignVCenter)
        top += (box.height() - height) / 2;
    else if (alignment & Qt::AlignBottom)
        top += box.height() - height;
    layout.draw(&painter, QPointF(box.left(), top));
}

} // namespace jalaseh::report
