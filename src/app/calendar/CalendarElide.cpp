#include "app/calendar/CalendarElide.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStringList>
#include <QTextOption>

namespace jalaseh::app {
namespace {

const QChar ellipsis(0x2026);

// The text without its first `dropped` words, marked as shortened.
QString withoutFirstWords(const QStringList& words, qsizetype dropped)
{
    if (dropped == 0)
        return words.join(QLatin1Char(' '));
    return ellipsis + words.mid(dropped).join(QLatin1Char(' '));
}

} // namespace

QString elideStart(const QString& text, const QFontMetrics& metrics, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype dropped = 0; dropped < words.size(); ++dropped) {
        const QString candidate = withoutFirstWords(words, dropped);
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
    }
    return metrics.elidedText(text, Qt::ElideLeft, width);
}

QString elideStartToFit(const QString& text, const QPainter& painter, const QRect& rect, int flags)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QFontMetrics metrics(painter.font());
    for (qsizetype dropped = 0; dropped < words.size(); ++dropped) {
        const QString candidate = withoutFirstWords(words, dropped);
        if (metrics.boundingRect(rect, flags, candidate).height() <= rect.height())
            return candidate;
    }
    return elideStart(text, metrics, rect.width());
}

void drawRecordedText(QPainter& painter, const QRect& rect, int flags, const QString& text)
{
    const bool startIsLeft = painter.layoutDirection() == Qt::LeftToRight;
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (flags & Qt::AlignLeft)
        horizontal = startIsLeft ? Qt::AlignLeft : Qt::AlignRight;
    else if (flags & Qt::AlignRight)
        horizontal = startIsLeft ? Qt::AlignRight : Qt::AlignLeft;
    QTextOption option(Qt::AlignAbsolute | horizontal |
                       Qt::Alignment(flags & Qt::AlignVertical_Mask));
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode((flags & Qt::TextWordWrap) ? QTextOption::WordWrap : QTextOption::NoWrap);
    painter.drawText(QRectF(rect), text, option);
}

} // namespace jalaseh::app
