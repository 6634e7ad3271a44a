#include "app/calendar/CalendarDayDelegate.h"

#include "app/calendar/CalendarElide.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/models/CalendarModel.h"
#include "session/text/CalendarColors.h"
#include "session/text/ClashText.h"
#include "session/text/Contrast.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace jalaseh::app {
namespace {

constexpr int padding = 3;

QFont smaller(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// Rect `inner` placed at the leading (start) or trailing (end) side of `outer`, as the layout
// direction reads.
QRect atSide(const QRect& outer, int width, bool leading, Qt::LayoutDirection direction)
{
    const bool left = (direction == Qt::LeftToRight) == leading;
    return left ? QRect(outer.left(), outer.top(), width, outer.height())
                : QRect(outer.right() - width + 1, outer.top(), width, outer.height());
}

QRect withoutSide(const QRect& outer, int width, bool leading, Qt::LayoutDirection direction)
{
    const bool left = (direction == Qt::LeftToRight) == leading;
    return left ? outer.adjusted(width, 0, 0, 0) : outer.adjusted(0, 0, -width, 0);
}

} // namespace

CalendarDayDelegate::Layout CalendarDayDelegate::layoutOf(const QStyleOptionViewItem& option,
                                                          int itemCount)
{
    Layout layout;
    const QRect inner = option.rect.adjusted(padding, padding, -padding, -padding);
    const QFontMetrics header(option.font);
    const int headerHeight = header.height() + 4;
    layout.header = QRect(inner.left(), inner.top(), inner.width(), headerHeight);
    const QFontMetrics lines(smaller(option.font, 0.9));
    const int top = layout.header.bottom() + 2;
    const int bottom = inner.bottom();
    // Two lines a meeting (times, then series and number) when every meeting fits so; one
    // otherwise, and "and n more" when even that is too much.
    const int singleHeight = lines.height() + 4;
    layout.twoLines = itemCount > 0 && top + itemCount * (2 * lines.height() + 5) - 1 <= bottom;
    const int lineHeight = layout.twoLines ? 2 * lines.height() + 4 : singleHeight;
    int y = top;
    for (int i = 0; i < itemCount; ++i) {
        const bool last = i == itemCount - 1;
        // Keep room for the "more" line unless this is the last meeting.
        const int needed = last ? lineHeight : lineHeight + 1 + singleHeight;
        if (y + needed - 1 > bottom) {
            layout.hidden = itemCount - i;
            layout.more = QRect(inner.left(), y, inner.width(), std::min(singleHeight, bottom - y));
            break;
        }
        layout.lines.append(QRect(inner.left(), y, inner.width(), lineHeight));
        y += lineHeight + 1;
    }
    return layout;
}

QSize CalendarDayDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return QSize(metrics.horizontalAdvance(QLatin1Char('M')) * 9, metrics.height() * 5);
}

int CalendarDayDelegate::itemAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                const QPoint& position) const
{
    const int count = index.data(session::CalendarModel::MeetingCountRole).toInt();
    const Layout layout = layoutOf(option, count);
    for (int i = 0; i < layout.lines.size(); ++i)
        if (layout.lines[i].contains(position))
            return i;
    return -1;
}

QRect CalendarDayDelegate::itemRect(const QStyleOptionViewItem& option, const QModelIndex& index,
                                    int item) const
{
    const int count = index.data(session::CalendarModel::MeetingCountRole).toInt();
    const Layout layout = layoutOf(option, count);
    return item >= 0 && item < layout.lines.size() ? layout.lines[item] : QRect();
}

void CalendarDayDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const auto* model = qobject_cast<const session::CalendarModel*>(index.model());
    if (!model)
        return;
    const QDate date = model->dateAt(index);
    const bool inMonth = index.data(session::CalendarModel::InMonthRole).toBool();
    const bool today = index.data(session::CalendarModel::TodayRole).toBool();
    const bool friday = index.column() == 6;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const Qt::LayoutDirection direction = option.direction;

    painter->save();
    painter->setLayoutDirection(direction);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = palette.color(QPalette::Base);
    if (!inMonth)
        fill = session::calendarColors::outsideMonthFill(palette);
    else if (friday)
        fill = session::calendarColors::weekendFill();
    painter->fillRect(option.rect, fill);
    if (today)
        painter->fillRect(option.rect, session::calendarColors::todayFill(palette));

    const QList<session::CalendarItem>& items = model->itemsOn(date);
    const Layout layout = layoutOf(option, int(items.size()));

    // The Jalali day at the start of the header, in a circle when it is today.
    QFont dayFont = option.font;
    dayFont.setBold(true);
    painter->setFont(dayFont);
    const QString day = index.data(Qt::DisplayRole).toString();
    const QFontMetrics dayMetrics(dayFont);
    const int circle = layout.header.height();
    const QRect dayRect = atSide(
        layout.header, std::max(circle, dayMetrics.horizontalAdvance(day) + 8), true, direction);
    QColor dayColour =
        friday ? session::calendarColors::weekendText() : palette.color(QPalette::Text);
    if (!inMonth)
        dayColour.setAlpha(110);
    if (today) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawEllipse(QRectF(dayRect).adjusted(0.5, 0.5, -0.5, -0.5));
        dayColour = palette.color(QPalette::HighlightedText);
    }
    painter->setPen(dayColour);
    painter->drawText(dayRect, Qt::AlignCenter, day);

    // The Gregorian day, small and grey at the other end, as Persian wall calendars print it.
    painter->setFont(smaller(option.font, 0.8));
    QColor grey = palette.color(QPalette::PlaceholderText);
    if (!inMonth)
        grey.setAlpha(110);
    painter->setPen(grey);
    painter->drawText(withoutSide(layout.header, dayRect.width(), true, direction),
                      Qt::AlignVCenter | Qt::AlignRight, QString::number(date.day()));

    if (!inMonth)
        painter->setOpacity(0.55);
    for (int i = 0; i < layout.lines.size(); ++i)
        paintItem(painter, option, layout.lines[i], items[i], layout.twoLines);
    if (layout.hidden > 0) {
        painter->setFont(smaller(option.font, 0.85));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        bool hiddenClash = false;
        for (qsizetype i = items.size() - layout.hidden; i < items.size(); ++i)
            hiddenClash = hiddenClash || items[i].hasClash();
        if (hiddenClash)
            painter->setPen(session::calendarColors::clashAccent(true));
        painter->drawText(
            layout.more, Qt::AlignVCenter | Qt::AlignLeft,
            session::CalendarModel::tr("and %1 more").arg(persian::formatNumber(layout.hidden)) +
                (hiddenClash ? QStringLiteral(" ⚠") : QString()));
    }
    painter->setOpacity(1);

    if (selected) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void CalendarDayDelegate::paintItem(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QRect& line, const session::CalendarItem& item,
                                    bool twoLines)
{
    const Meeting& meeting = item.entry.meeting;
    const Qt::LayoutDirection direction = option.direction;
    const QColor fill = item.hasClash() ? session::calendarColors::clashFill(item.certain)
                                        : session::calendarColors::seriesFill(meeting.seriesId);
    const QColor accent = item.hasClash() ? session::calendarColors::clashAccent(item.certain)
                                          : session::calendarColors::seriesAccent(meeting.seriesId);
    QPainterPath chip;
    chip.addRoundedRect(QRectF(line).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->fillPath(chip, fill);
    // The chip's soft fill is light whatever the palette: its own dark text, not the palette's.
    const QColor ink = session::contrast::inkOnLight();
    const QColor faint(0x6b, 0x6b, 0x6b);
    painter->fillRect(atSide(line, 3, true, direction), accent);

    QRect text = withoutSide(line, 6, true, direction);
    const QFont font = smaller(option.font, 0.9);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(font);
    const QFontMetrics boldMetrics(bold);
    QRect first = text;
    if (twoLines) {
        first.setHeight(text.height() / 2);
        text.setTop(first.bottom() + 1);
    }
    if (item.hasClash()) {
        painter->setFont(bold);
        painter->setPen(accent);
        const int width = boldMetrics.horizontalAdvance(QStringLiteral("⚠")) + 4;
        painter->drawText(atSide(first, width, false, direction), Qt::AlignCenter,
                          QStringLiteral("⚠"));
        first = withoutSide(first, width, false, direction);
        if (!twoLines)
            text = first;
    }
    painter->setPen(ink);
    if (twoLines) {
        // The times on the first line (just the start when the range does not fit).
        QString times = session::meetingTimes(meeting);
        if (boldMetrics.horizontalAdvance(times) > first.width() && meeting.start.isValid())
            times = persian::formatTime(meeting.start);
        painter->setFont(bold);
        if (!meeting.start.isValid())
            painter->setPen(faint);
        painter->drawText(first, Qt::AlignVCenter | Qt::AlignLeft,
                          boldMetrics.elidedText(times, Qt::ElideRight, first.width()));
        painter->setPen(ink);
    } else if (meeting.start.isValid()) {
        // One line: the start (bold), then the series.
        const QString time = persian::formatTime(meeting.start);
        const int width = boldMetrics.horizontalAdvance(time) + 5;
        painter->setFont(bold);
        painter->drawText(atSide(text, width, true, direction), Qt::AlignVCenter | Qt::AlignLeft,
                          time);
        text = withoutSide(text, width, true, direction);
    }
    // The series, elided so that the number always shows.
    painter->setFont(font);
    const QString number = QStringLiteral(" ") + persian::formatNumber(meeting.number);
    const QString series = elideStart(item.entry.seriesName, metrics,
                                      text.width() - metrics.horizontalAdvance(number));
    drawRecordedText(*painter, text, Qt::AlignVCenter | Qt::AlignLeft, series + number);
}

} // namespace jalaseh::app
