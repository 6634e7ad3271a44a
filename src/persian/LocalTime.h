#pragma once

#include <QDateTime>
#include <QString>

namespace jalaseh::persian {

// A moment stored in UTC (a save, an approval, a backup, a history entry), shown in this
// computer's time zone as its Jalali date and time in Persian digits: "۱۴۰۵/۰۹/۱۷ ۱۰:۳۰".
// Empty for an invalid moment.
QString formatLocalDateTime(const QDateTime& moment);

} // namespace jalaseh::persian
