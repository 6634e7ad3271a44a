#pragma once

#include <QRect>
#include <QString>

class QFontMetrics;
class QPainter;

// Series are named "جلسه کارگروه منابع الکترونیک", "جلسه کمیته راهبری": the words that tell them
// apart come last. So where a name does not fit, the calendar drops whole words from its start
// ("…منابع الکترونیک"), and cuts inside a word only when one word is still too long.
namespace jalaseh::app {

// On one line of `width` pixels.
QString elideStart(const QString& text, const QFontMetrics& metrics, int width);
// Wrapped in `rect` as `painter` would draw it with `flags` (which include Qt::TextWordWrap).
QString elideStartToFit(const QString& text, const QPainter& painter, const QRect& rect, int flags);

// Draws recorded text (a series, a venue) in its own direction, so that a Persian name reads
// right to left with its ellipsis at its start even in the English interface; `flags` align as
// the painter's layout direction reads (Qt::AlignLeft is the start of the line).
void drawRecordedText(QPainter& painter, const QRect& rect, int flags, const QString& text);

} // namespace jalaseh::app
