#pragma once

#include "Command.h"
#include "TextTable.h"
#include "core/Id.h"
#include "core/MinutesVersion.h"

#include <optional>

namespace jalaseh::cli {

// What the commands of the minutes of record (approve, amend, list versions, verify) share.

// The meeting id of a command's one positional word; writes the sentence and returns nullopt
// when it is not one. `example` is the command as the sentence shows it ("approve minutes").
std::optional<Id> meetingIdArgument(const Invocation& invocation, const QStringList& words,
                                    const QString& example);

// When a version was approved, as the readable tables show it (Jalali, local time) or ISO UTC.
QString shownApprovalTime(const QDateTime& time, TableFormat format = TableFormat::Readable);

} // namespace jalaseh::cli
