#include "MinutesOfRecord.h"

#include "persian/LocalTime.h"

#include <QCoreApplication>

namespace jalaseh::cli {

std::optional<Id> meetingIdArgument(const Invocation& invocation, const QStringList& words,
                                    const QString& example)
{
    bool isNumber = false;
    const Id meetingId = words.size() == 1 ? words.first().toLongLong(&isNumber) : 0;
    if (isNumber && meetingId > 0)
        return meetingId;
    invocation.err << QCoreApplication::translate(
                          "CommandLine",
                          "Give the id of one meeting, e.g. `%1 1`; `list meetings` shows the ids.")
                          .arg(example)
                   << Qt::endl;
    return std::nullopt;
}

QString shownApprovalTime(const QDateTime& time, TableFormat format)
{
    if (!time.isValid())
        return {};
    if (format == TableFormat::Tsv)
        return time.toUTC().toString(Qt::ISODate);
    return persian::formatLocalDateTime(time);
}

} // namespace jalaseh::cli
