#include "session/text/Contrast.h"

#include <QGuiApplication>
#include <QPalette>

namespace jalaseh::session::contrast {

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor inkOnLight()
{
    return QColor(0x1f, 0x1f, 0x1f);
}

QColor warningRed()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0x8a, 0x10, 0x10);
}

QColor warningAmber()
{
    return darkPalette() ? QColor(0xff, 0xcc, 0x80) : QColor(0x7a, 0x4a, 0x00);
}

} // namespace jalaseh::session::contrast
