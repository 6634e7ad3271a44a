#include "session/text/CalendarColors.h"

#include <QPalette>

namespace jalaseh::session::calendarColors {
namespace {

int hueOf(Id seriesId)
{
    // Neighbouring ids far apart on the colour wheel; red is left to the clashes.
    return int(40 + (seriesId * 67) % 280);
}

} // namespace

QColor seriesFill(Id seriesId)
{
    return QColor::fromHsv(hueOf(seriesId), 38, 250);
}

QColor seriesAccent(Id seriesId)
{
    return QColor::fromHsv(hueOf(seriesId), 170, 175);
}

QColor clashFill(bool certain)
{
    return certain ? QColor(0xfd, 0xe4, 0xe1) : QColor(0xfd, 0xf1, 0xd6);
}

QColor clashAccent(bool certain)
{
    return certain ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
}

QColor weekendText()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor weekendFill()
{
    return QColor(0xfd, 0xf5, 0xf4);
}

QColor outsideMonthFill(const QPalette& palette)
{
    return palette.color(QPalette::Window).darker(104);
}

QColor todayFill(const QPalette& palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(28);
    return fill;
}

} // namespace jalaseh::session::calendarColors
