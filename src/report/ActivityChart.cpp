#include "ActivityChart.h"

#include "DocumentFonts.h"
#include "RightToLeftText.h"
#include "persian/Digits.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>

namespace jalaseh::report {
namespace {

const QColor axisColour(0x44, 0x44, 0x44);
const QColor gridColour(0xdd, 0xdd, 0xdd);
const QColor mutedText(0x66, 0x66, 0x66);

} // namespace

ActivityChart::ActivityChart(QList<JalaliQuarter> quarters, QList<ChartSeries> series,
                             QString title)
    : m_quarters(std::move(quarters))
    , m_series(std::move(series))
    , m_title(std::move(title))
{
}

QColor ActivityChart::colour(int index)
{
    // Okabe and Ito's palette without its yellow, which white paper swallows.
    static const std::array<QColor, 7> palette{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                               QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                               QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                               QColor(0x55, 0x55, 0x55)};
    return palette[size_t(index) % palette.size()];
}

QString ActivityChart::seasonName(int quarter) const
{
    return m_words.seasons.value(quarter - 1);
}

int ActivityChart::tickStep(int maximum)
{
    int magnitude = 1;
    while (true) {
        for (const int factor : {1, 2, 5}) {
            if (maximum <= 5 * factor * magnitude)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

bool ActivityChart::drawsBars() const
{
    return m_series.size() <= 1 || m_quarters.size() * m_series.size() <= 24;
}

void ActivityChart::paint(QPainter& painter, const QRectF& area, qreal pointSize) const
{
    QPaintDevice* device = painter.device();
    const qreal point = device->logicalDpiY() / 72.0; // one typographic point in pixels
    const QFont font = DocumentFonts::font(pointSize);
    const QFont small = DocumentFonts::font(pointSize * 0.9);
    const QFont bold = DocumentFonts::font(pointSize * 1.15, true);
    const qreal lineHeight = RightToLeftText::height(QStringLiteral("۱"), font, 1e6, device);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    qreal top = area.top();

    if (!m_title.isEmpty()) {
        const qreal height = RightToLeftText::height(m_title, bold, area.width(), device);
        painter.setPen(Qt::black);
        RightToLeftText::paint(painter, QRectF(area.left(), top, area.width(), height), m_title,
                               bold, Qt::AlignRight);
        top += height + 4 * point;
    }

    // The legend, right to left: a swatch, then the name.
    if (m_series.size() > 1) {
        const qreal swatch = lineHeight * 0.6;
        qreal right = area.right();
        for (int index = 0; index < m_series.size(); ++index) {
            const QString& name = m_series[index].name;
            const qreal width = RightToLeftText::width(name, font, device);
            if (right - swatch - 3 * point - width < area.left() && right < area.right()) {
                right = area.right();
                top += lineHeight * 1.2;
            }
            painter.fillRect(
                QRectF(right - swatch, top + (lineHeight - swatch) / 2, swatch, swatch),
                colour(index));
            painter.setPen(Qt::black);
            RightToLeftText::paint(
                painter,
                QRectF(right - swatch - 3 * point - width - point, top, width + point, lineHeight),
                name, font, Qt::AlignRight);
            right -= swatch + 3 * point + width + 12 * point;
        }
        top += lineHeight * 1.5;
    }

    int maximum = 0;
    for (const ChartSeries& series : m_series)
        for (const int value : series.values)
            maximum = std::max(maximum, value);

    // The value axis at the right, its numbers outside it; two label lines below the plot.
    const qreal numberWidth =
        RightToLeftText::width(persian::formatNumber(std::max(maximum, 1) * 2), small, device) +
        6 * point;
    const QRectF plot(area.left() + 4 * point, top + lineHeight / 2,
                      area.width() - numberWidth - 4 * point,
                      area.bottom() - top - lineHeight / 2 - 2.4 * lineHeight);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    // As many steps as fit with room for their numbers, at most about five.
    const int room = std::max(1, int(plot.height() / (1.4 * lineHeight)));
    int step = tickStep(std::max(maximum, 1));
    while ((std::max(maximum, 1) + step - 1) / step > room)
        step = tickStep(step * 5 + 1);
    const int axisTop = ((std::max(maximum, 1) + step - 1) / step) * step;
    auto yOf = [&](double value) {
        return plot.bottom() - value / axisTop * plot.height();
    };

    painter.setPen(QPen(gridColour, 0.6 * point));
    for (int value = 0; value <= axisTop; value += step) {
        const qreal y = yOf(value);
        if (value > 0)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(mutedText);
        RightToLeftText::paint(painter,
                               QRectF(plot.right() + 3 * point, y - lineHeight / 2,
                                      numberWidth - 3 * point, lineHeight),
                               persian::formatNumber(value), small, Qt::AlignLeft);
        painter.setPen(QPen(gridColour, 0.6 * point));
    }

    const qsizetype count = m_quarters.size();
    const qreal slot = count > 0 ? plot.width() / count : plot.width();
    // The oldest quarter at the right.
    auto slotRight = [&](qsizetype index) {
        return plot.right() - index * slot;
    };

    // Years: a faint rule where one begins, its number under its quarters.
    painter.setFont(small);
    for (qsizetype index = 0; index < count;) {
        qsizetype end = index;
        while (end < count && m_quarters[end].year == m_quarters[index].year)
            ++end;
        if (index > 0) {
            painter.setPen(QPen(gridColour, 0.6 * point, Qt::DashLine));
            painter.drawLine(QPointF(slotRight(index), plot.top()),
                             QPointF(slotRight(index), plot.bottom() + 2.2 * lineHeight));
        }
        const QRectF yearBox(slotRight(end), plot.bottom() + 1.2 * lineHeight, (end - index) * slot,
                             lineHeight);
        painter.setPen(Qt::black);
        RightToLeftText::paint(painter, yearBox, persian::formatNumber(m_quarters[index].year),
                               small, Qt::AlignHCenter);
        index = end;
    }
    // Seasons, whole or by their first letters (ب ت پ ز: four different ones), or none.
    qreal widest = 0;
    for (int quarter = 1; quarter <= 4; ++quarter)
        widest = std::max(widest, RightToLeftText::width(seasonName(quarter), small, device));
    const bool wholeNames = widest + 2 * point <= slot;
    const bool initials =
        !wholeNames && RightToLeftText::width(QStringLiteral("ت"), small, device) + point <= slot;
    if (wholeNames || initials) {
        painter.setPen(mutedText);
        for (qsizetype index = 0; index < count; ++index) {
            const QString season = seasonName(m_quarters[index].quarter);
            RightToLeftText::paint(
                painter,
                QRectF(slotRight(index + 1), plot.bottom() + 0.15 * lineHeight, slot, lineHeight),
                wholeNames ? season : season.left(1), small, Qt::AlignHCenter);
        }
    }

    if (drawsBars()) {
        const qsizetype bars = std::max<qsizetype>(m_series.size(), 1);
        // Bars no wider than a thumb, however few the quarters.
        const qreal barWidth = std::min(slot * 0.72 / bars, 28 * point);
        const qreal groupWidth = barWidth * bars;
        const bool labelled =
            barWidth >= RightToLeftText::width(persian::formatNumber(maximum), small, device) &&
            maximum > 0;
        for (qsizetype index = 0; index < count; ++index) {
            // Series from right to left within the quarter, as the legend reads.
            qreal right = slotRight(index) - (slot - groupWidth) / 2;
            for (int series = 0; series < m_series.size(); ++series) {
                const int value = m_series[series].values.value(index);
                const QRectF bar(right - barWidth, yOf(value), barWidth * 0.92,
                                 plot.bottom() - yOf(value));
                painter.fillRect(bar, colour(series));
                if (labelled && value > 0) {
                    painter.setPen(Qt::black);
                    RightToLeftText::paint(painter,
                                           QRectF(bar.left() - point, bar.top() - lineHeight,
                                                  bar.width() + 2 * point, lineHeight),
                                           persian::formatNumber(value), small, Qt::AlignHCenter);
                }
                right -= barWidth;
            }
        }
    } else {
        const bool markers = slot >= 4 * point;
        for (int series = 0; series < m_series.size(); ++series) {
            QPainterPath path;
            for (qsizetype index = 0; index < count; ++index) {
                const QPointF at(slotRight(index) - slot / 2,
                                 yOf(m_series[series].values.value(index)));
                if (index == 0)
                    path.moveTo(at);
                else
                    path.lineTo(at);
            }
            painter.setPen(
                QPen(colour(series), 1.6 * point, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            if (markers) {
                painter.setBrush(colour(series));
                painter.setPen(Qt::NoPen);
                for (qsizetype index = 0; index < count; ++index)
                    painter.drawEllipse(QPointF(slotRight(index) - slot / 2,
                                                yOf(m_series[series].values.value(index))),
                                        1.8 * point, 1.8 * point);
            }
        }
    }

    // The axes last, over the bars' feet.
    painter.setPen(QPen(axisColour, 0.8 * point));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    painter.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()));
    if (maximum == 0) {
        painter.setPen(mutedText);
        RightToLeftText::paint(painter, plot, m_words.noMeetings, font,
                               Qt::AlignHCenter | Qt::AlignVCenter);
    }
    painter.restore();
}

} // namespace jalaseh::report
