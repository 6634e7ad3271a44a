#pragma once

#include <QIcon>
#include <QString>

// The window's icons: the desktop's icon theme first (freedesktop names, QIcon::fromTheme), so
// that Jalaseh looks like the other programs on the desktop; where the theme has no icon of a name
// or there is no theme, the bundled set (resources/icon-theme, from GNOME's Adwaita), drawn light
// on a dark palette.
namespace jalaseh::app::icons {

// Adds the bundled themes under the desktop's and picks the one that suits the palette. Cheap and
// idempotent; the window calls it before it makes its icons (the palette is known then).
void setUp();
// Whether the application's palette is a dark one (light text on dark windows).
bool darkPalette();
// The icon of freedesktop name `name` ("document-new").
QIcon named(const QString& name);
// An icon that points a way (undo, redo, back, a list's bullets), drawn for left to right:
// mirrored when the interface runs right to left, so that undo points back in the reading order.
QIcon pointing(const QString& name);
// `icon` mirrored left to right, at every size and resolution it is asked for.
QIcon mirrored(const QIcon& icon);

} // namespace jalaseh::app::icons
