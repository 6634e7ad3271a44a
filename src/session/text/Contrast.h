#pragma once

#include <QColor>

// Colours that stay readable whatever the desktop's palette: a cell given a light background of
// its own carries dark text with it (the palette's text may be light), and words coloured on the
// view's own background are lighter on a dark palette.
namespace jalaseh::session::contrast {

// Whether the application's palette is a dark one (light text on dark windows).
bool darkPalette();
// The text on a light background a model chose itself.
QColor inkOnLight();
// A warning's red and an amber on the palette's own background.
QColor warningRed();
QColor warningAmber();

} // namespace jalaseh::session::contrast
