#include "app/calendar/CalendarWeekGrid.h"

#include "app/calendar/CalendarElide.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/models/CalendarModel.h"
#include "session/text/CalendarColors.h"
#include "session/text/ClashText.h"
#include "session/text/Contrast.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace jalaseh::app {
namespace {

constexpr int minimumHourHeight = 44;
constexpr int days = 7;

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString blockToolTip(const session::CalendarItem& item)
{
    QString html = session::htmlParagraph(
        QStringLiteral("<b>%1</b>").arg(session::meetingName(item.entry).toHtmlEscaped()));
    html += session::htmlParagraph(session::meetingTimes(item.entry.meeting).toHtmlEscaped());
    if (!item.entry.meeting.venue.isEmpty())
        html += session::htmlParagraph(item.entry.meeting.venue.toHtmlEscaped());
    for (const QString& clash : item.clashes)
        html += session::htmlParagraph(QStringLiteral("⚠ %1").arg(clash.toHtmlEscaped()));
    return html;
}

} // namespace

CalendarWeekGrid::CalendarWeekGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Week"));
}

void CalendarWeekGrid::setModel(session::CalendarModel* model)
{
    m_model = model;
    const auto refresh = [this] {
        layOut();
        updateGeometry();
        update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    refresh();
}

void CalendarWeekGrid::setSelectedDate(const QDate& date)
{
    if (date == m_selected)
        return;
    m_selected = date;
    update();
}

void CalendarWeekGrid::setSelectedMeeting(Id meetingId)
{
    if (meetingId == m_selectedMeeting)
        return;
    m_selectedMeeting = meetingId;
    update();
}

QSize CalendarWeekGrid::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const int hours = m_lastHour - m_firstHour;
    return QSize(m_gutterWidth + days * metrics.horizontalAdvance(QLatin1Char('M')) * 6,
                 m_headerHeight + m_untimedHeight + hours * minimumHourHeight + 1);
}

QSize CalendarWeekGrid::sizeHint() const
{
    return minimumSizeHint();
}

void CalendarWeekGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layOut();
}

QRect CalendarWeekGrid::columnRect(int column) const
{
    const int available = width() - m_gutterWidth;
    const int left = column * available / days;
    const int right = (column + 1) * available / days;
    const int top = 0;
    if (layoutDirection() == Qt::RightToLeft)
        return QRect(available - right, top, right - left, height());
    return QRect(m_gutterWidth + left, top, right - left, height());
}

int CalendarWeekGrid::yOfMinute(int minute) const
{
    return m_headerHeight + m_untimedHeight + (minute - m_firstHour * 60) * m_hourHeight / 60;
}

void CalendarWeekGrid::layOut()
{
    m_blocks.clear();
    const QFontMetrics metrics(font());
    m_headerHeight = 2 * metrics.height() + 12;
    const QFontMetrics small(scaled(font(), 0.85));
    m_gutterWidth = std::max(small.horizontalAdvance(persian::formatTime(QTime(23, 0))),
                             small.horizontalAdvance(tr("No time"))) +
                    14;
    if (!m_model || m_model->rowCount() == 0)
        return;

    const auto [earliest, latest] = m_model->timedRange();
    m_firstHour = std::clamp(std::min(8, earliest / 60), 0, 23);
    m_lastHour = std::clamp(std::max(18, (latest + 59) / 60), m_firstHour + 1, 24);

    const int lineHeight = QFontMetrics(scaled(font(), 0.9)).height() + 6;
    int untimedRows = 0;
    for (int column = 0; column < days; ++column) {
        int untimed = 0;
        for (const session::CalendarItem& item :
             m_model->itemsOn(m_model->firstDay().addDays(column)))
            untimed += item.entry.meeting.start.isValid() ? 0 : 1;
        untimedRows = std::max(untimedRows, untimed);
    }
    m_untimedHeight = untimedRows > 0 ? untimedRows * (lineHeight + 2) + 6 : 0;
    const int hours = m_lastHour - m_firstHour;
    m_hourHeight =
        std::max(minimumHourHeight, (height() - m_headerHeight - m_untimedHeight) / hours);

    for (int column = 0; column < days; ++column) {
        const QRect columnArea = columnRect(column).adjusted(2, 0, -3, 0);
        const QList<session::CalendarItem>& items =
            m_model->itemsOn(m_model->firstDay().addDays(column));
        int untimedRow = 0;
        // Timed meetings in clusters of overlapping ones, each cluster split into lanes.
        struct Placed
        {
            const session::CalendarItem* item;
            DaySpan span;
            int lane;
        };
        QList<Placed> timed;
        for (const session::CalendarItem& item : items) {
            const Meeting& meeting = item.entry.meeting;
            if (!meeting.start.isValid()) {
                const QRect line(columnArea.left(),
                                 m_headerHeight + 3 + untimedRow++ * (lineHeight + 2),
                                 columnArea.width(), lineHeight);
                m_blocks.append({line, &item, false});
                continue;
            }
            timed.append({&item, occupiedSpan(meeting.start, meeting.end), 0});
        }
        std::stable_sort(timed.begin(), timed.end(), [](const Placed& a, const Placed& b) {
            return a.span.from < b.span.from;
        });
        for (qsizetype first = 0; first < timed.size();) {
            QList<int> laneEnds;
            int clusterEnd = -1;
            qsizetype last = first;
            for (; last < timed.size(); ++last) {
                Placed& placed = timed[last];
                if (last > first && placed.span.from >= clusterEnd)
                    break;
                const auto free = std::find_if(laneEnds.begin(), laneEnds.end(),
                                               [&](int end) { return end <= placed.span.from; });
                if (free == laneEnds.end()) {
                    placed.lane = int(laneEnds.size());
                    laneEnds.append(placed.span.to);
                } else {
                    placed.lane = int(free - laneEnds.begin());
                    *free = placed.span.to;
                }
                clusterEnd = std::max(clusterEnd, placed.span.to);
            }
            // Side by side while each keeps over half the column; beyond that the lanes overlap,
            // each later one shifted towards the end of the line and drawn over the earlier, so
            // every block keeps its start (where its text begins) in view.
            const int lanes = int(laneEnds.size());
            const int full = columnArea.width();
            const int blockWidth = lanes == 1 ? full : std::max(full / lanes, full * 11 / 20);
            const int step = lanes == 1 ? 0 : (full - blockWidth) / (lanes - 1);
            for (qsizetype i = first; i < last; ++i) {
                const Placed& placed = timed[i];
                const int offset = placed.lane * step;
                const int x = layoutDirection() == Qt::RightToLeft
                                  ? columnArea.right() - offset - blockWidth + 1
                                  : columnArea.left() + offset;
                const int top = yOfMinute(placed.span.from) + 1;
                const int bottom = yOfMinute(placed.span.to) - 1;
                m_blocks.append({QRect(x, top, blockWidth - 2, std::max(bottom - top, lineHeight)),
                                 placed.item, !placed.span.known});
            }
            first = last;
        }
    }
}

void CalendarWeekGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setLayoutDirection(layoutDirection());
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_model || m_model->rowCount() == 0)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int column = 0; column < days; ++column) {
        const QDate date = m_model->firstDay().addDays(column);
        const QRect area = columnRect(column);
        if (column == 6)
            painter.fillRect(area, session::calendarColors::weekendFill());
        if (date == m_model->today())
            painter.fillRect(area, session::calendarColors::todayFill(palette()));
    }
    paintHours(painter);
    paintHeader(painter);
    for (const Block& block : m_blocks)
        paintBlock(painter, block);

    // Now, as a line across today's column.
    const QDate today = m_model->today();
    if (m_model->shows(today) && today == QDate::currentDate()) {
        const QTime now = QTime::currentTime();
        const int minute = now.hour() * 60 + now.minute();
        if (minute >= m_firstHour * 60 && minute < m_lastHour * 60) {
            const QRect area = columnRect(int(m_model->firstDay().daysTo(today)));
            painter.setPen(QPen(session::calendarColors::clashAccent(true), 2));
            painter.drawLine(area.left(), yOfMinute(minute), area.right(), yOfMinute(minute));
        }
    }

    if (m_selected.isValid() && m_model->shows(m_selected)) {
        const QRect area = columnRect(int(m_model->firstDay().daysTo(m_selected)));
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(area).adjusted(1, 1, -1, -1));
    }
}

void CalendarWeekGrid::paintHeader(QPainter& painter)
{
    const QColor line = palette().color(QPalette::Mid);
    painter.fillRect(QRect(0, 0, width(), m_headerHeight), palette().color(QPalette::Window));
    const QFontMetrics metrics(font());
    for (int column = 0; column < days; ++column) {
        const QDate date = m_model->firstDay().addDays(column);
        const QRect area = columnRect(column);
        const bool today = date == m_model->today();
        const QColor text = column == 6 ? session::calendarColors::weekendText()
                                        : palette().color(QPalette::WindowText);
        if (today)
            painter.fillRect(QRect(area.left(), 0, area.width(), m_headerHeight),
                             session::calendarColors::todayFill(palette()));
        painter.setFont(scaled(font(), 1.0, true));
        painter.setPen(text);
        const QRect name(area.left(), 4, area.width(), metrics.height() + 2);
        painter.drawText(name, Qt::AlignCenter, session::CalendarModel::weekdayName(column));

        const persian::JalaliDate jalali = persian::JalaliDate::fromGregorian(date);
        const QString day = persian::formatNumber(jalali.day());
        const QString month = QLatin1Char(' ') + session::CalendarModel::monthName(jalali.month());
        const QRect second(area.left(), name.bottom() + 2, area.width(), metrics.height() + 2);
        painter.setFont(font());
        if (today) {
            // Today's number in a filled pill, the month beside it.
            const int dayWidth = metrics.horizontalAdvance(day) + 12;
            const int total = dayWidth + metrics.horizontalAdvance(month);
            const int start = second.center().x() - total / 2;
            const QRect pill =
                layoutDirection() == Qt::RightToLeft
                    ? QRect(start + total - dayWidth, second.top(), dayWidth, second.height())
                    : QRect(start, second.top(), dayWidth, second.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(pill, Qt::AlignCenter, day);
            painter.setPen(text);
            const QRect rest =
                layoutDirection() == Qt::RightToLeft
                    ? QRect(start, second.top(), total - dayWidth, second.height())
                    : QRect(pill.right() + 1, second.top(), total - dayWidth, second.height());
            painter.drawText(rest, Qt::AlignCenter, month);
        } else {
            painter.setPen(text);
            painter.drawText(second, Qt::AlignCenter, day + month);
        }
    }
    painter.setPen(line);
    painter.drawLine(0, m_headerHeight - 1, width(), m_headerHeight - 1);
}

void CalendarWeekGrid::paintHours(QPainter& painter)
{
    const QColor line = palette().color(QPalette::Midlight);
    const QColor strong = palette().color(QPalette::Mid);
    const QRect gutter = layoutDirection() == Qt::RightToLeft
                             ? QRect(width() - m_gutterWidth, 0, m_gutterWidth, height())
                             : QRect(0, 0, m_gutterWidth, height());
    painter.fillRect(gutter, palette().color(QPalette::Window));
    painter.setFont(scaled(font(), 0.85));
    const int columnsLeft = layoutDirection() == Qt::RightToLeft ? 0 : m_gutterWidth;
    const int columnsRight =
        layoutDirection() == Qt::RightToLeft ? width() - m_gutterWidth : width();
    if (m_untimedHeight > 0) {
        const int top = m_headerHeight;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(gutter.x(), top, gutter.width(), m_untimedHeight,
                         Qt::AlignCenter | Qt::TextWordWrap, tr("No time"));
        painter.setPen(strong);
        painter.drawLine(0, top + m_untimedHeight - 1, width(), top + m_untimedHeight - 1);
    }
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = yOfMinute(hour * 60);
        painter.setPen(line);
        painter.drawLine(columnsLeft, y, columnsRight, y);
        if (hour < m_lastHour) {
            QPen half(line, 1, Qt::DotLine);
            painter.setPen(half);
            const int middle = yOfMinute(hour * 60 + 30);
            painter.drawLine(columnsLeft, middle, columnsRight, middle);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(gutter.x() + 4, y + 2, gutter.width() - 8, m_hourHeight / 2),
                             Qt::AlignHCenter | Qt::AlignTop, persian::formatTime(QTime(hour, 0)));
        }
    }
    painter.setPen(strong);
    for (int column = 0; column <= days; ++column) {
        const QRect area = columnRect(std::min(column, days - 1));
        const int x = column == days
                          ? (layoutDirection() == Qt::RightToLeft ? area.left() : area.right())
                          : (layoutDirection() == Qt::RightToLeft ? area.right() : area.left());
        painter.drawLine(x, 0, x, height());
    }
}

void CalendarWeekGrid::paintBlock(QPainter& painter, const Block& block)
{
    const session::CalendarItem& item = *block.item;
    const Meeting& meeting = item.entry.meeting;
    const bool clash = item.hasClash();
    const QColor fill = clash ? session::calendarColors::clashFill(item.certain)
                              : session::calendarColors::seriesFill(meeting.seriesId);
    const QColor accent = clash ? session::calendarColors::clashAccent(item.certain)
                                : session::calendarColors::seriesAccent(meeting.seriesId);
    const QRectF area = QRectF(block.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(area, 4, 4);
    painter.fillPath(shape, fill);
    painter.setPen(QPen(accent, clash ? 1.5 : 1, block.openEnded ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRect bar =
        rtl ? QRect(block.rect.right() - 3, block.rect.top() + 1, 4, block.rect.height() - 1)
            : QRect(block.rect.left(), block.rect.top() + 1, 4, block.rect.height() - 1);
    painter.fillRect(bar, accent);
    if (meeting.id == m_selectedMeeting) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        painter.drawRoundedRect(area.adjusted(1, 1, -1, -1), 4, 4);
    }

    QRect text = block.rect.adjusted(rtl ? 3 : 7, 2, rtl ? -7 : -3, -2);
    painter.save();
    painter.setClipRect(block.rect.adjusted(1, 1, -1, -1));
    const QFont small = scaled(font(), 0.85);
    const QFont bold = scaled(font(), 0.9, true);
    if (clash) {
        painter.setFont(bold);
        painter.setPen(accent);
        const int width = QFontMetrics(bold).horizontalAdvance(QStringLiteral("⚠")) + 4;
        const QRect sign =
            rtl ? QRect(text.left(), text.top(), width, QFontMetrics(bold).height())
                : QRect(text.right() - width + 1, text.top(), width, QFontMetrics(bold).height());
        painter.drawText(sign, Qt::AlignCenter, QStringLiteral("⚠"));
    }
    // The block's soft fill is light whatever the palette: its own dark text.
    painter.setPen(session::contrast::inkOnLight());
    const int lineHeight = QFontMetrics(bold).height();
    if (!meeting.start.isValid()) {
        // A line in the strip of meetings without a time.
        painter.setFont(QFont(scaled(font(), 0.9)));
        drawRecordedText(painter, text.adjusted(rtl ? 14 : 0, 0, rtl ? 0 : -14, 0),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         elideStart(session::meetingName(item.entry), QFontMetrics(painter.font()),
                                    text.width() - 14));
        painter.restore();
        return;
    }
    painter.setFont(small);
    QString times = session::meetingTimes(meeting);
    const int signWidth = clash ? QFontMetrics(bold).horizontalAdvance(QStringLiteral("⚠")) + 4 : 0;
    if (QFontMetrics(small).horizontalAdvance(times) > text.width() - signWidth)
        times = persian::formatTime(meeting.start);
    painter.drawText(QRect(text.left(), text.top(), text.width(), lineHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, times);
    text.setTop(text.top() + lineHeight);
    painter.setFont(bold);
    const int wrap = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
    // The venue gets a line of its own when the block has room for it after the name.
    const QFontMetrics smallMetrics(small);
    const bool venueLine =
        !meeting.venue.isEmpty() &&
        painter.boundingRect(text, wrap, session::meetingName(item.entry)).height() +
                smallMetrics.height() <=
            text.height();
    QRect nameArea = text;
    if (venueLine)
        nameArea.setBottom(text.bottom() - smallMetrics.height());
    const QString name = elideStartToFit(session::meetingName(item.entry), painter, nameArea, wrap);
    drawRecordedText(painter, nameArea, wrap, name);
    if (venueLine) {
        const QRect used = painter.boundingRect(nameArea, wrap, name);
        painter.setFont(small);
        painter.setPen(QColor(0x6b, 0x6b, 0x6b));
        drawRecordedText(painter,
                         QRect(text.left(), used.bottom() + 1, text.width(), smallMetrics.height()),
                         Qt::AlignTop | Qt::AlignLeft,
                         smallMetrics.elidedText(meeting.venue, Qt::ElideRight, text.width()));
    }
    painter.restore();
}

Id CalendarWeekGrid::meetingAt(const QPoint& position) const
{
    for (auto block = m_blocks.crbegin(); block != m_blocks.crend(); ++block)
        if (block->rect.contains(position))
            return block->item->meetingId();
    return 0;
}

QRect CalendarWeekGrid::blockOf(Id meetingId) const
{
    for (const Block& block : m_blocks)
        if (block.item->meetingId() == meetingId)
            return block.rect;
    return {};
}

QDate CalendarWeekGrid::dateAt(const QPoint& position) const
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    for (int column = 0; column < days; ++column)
        if (columnRect(column).contains(position))
            return m_model->firstDay().addDays(column);
    return {};
}

void CalendarWeekGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        emit dateClicked(date);
    if (const Id meeting = meetingAt(event->position().toPoint()))
        emit meetingClicked(meeting);
    QWidget::mousePressEvent(event);
}

void CalendarWeekGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Id meeting = meetingAt(event->position().toPoint()))
        emit meetingActivated(meeting);
    QWidget::mouseDoubleClickEvent(event);
}

bool CalendarWeekGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (auto block = m_blocks.crbegin(); block != m_blocks.crend(); ++block)
            if (block->rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), blockToolTip(*block->item), this,
                                   block->rect);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace jalaseh::app
