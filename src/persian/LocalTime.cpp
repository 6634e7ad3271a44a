#include "LocalTime.h"

#include "JalaliDate.h"

namespace jalaseh::persian {

QString formatLocalDateTime(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return formatDate(local.date()) + QLatin1Char(' ') + formatTime(local.time());
}

} // namespace jalaseh::persian
