#pragma once

#include "core/Id.h"

#include <QColor>

class QPalette;

// The calendar's colours: each series its own soft hue, clashes red (certain) or amber
// (possible), Friday as the weekend. Chosen against the light palette the application uses.
namespace jalaseh::session::calendarColors {

QColor seriesFill(Id seriesId);
QColor seriesAccent(Id seriesId);
QColor clashFill(bool certain);
QColor clashAccent(bool certain);
QColor weekendText();
QColor weekendFill();
QColor outsideMonthFill(const QPalette& palette);
QColor todayFill(const QPalette& palette);

} // namespace jalaseh::session::calendarColors
