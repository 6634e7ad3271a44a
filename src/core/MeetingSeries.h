#pragma once

#include "Id.h"
#include "RowVersion.h"

#include <QString>
#include <optional>

namespace jalaseh {

// e.g. "نشست راهبران کارگروه‌ها"; the meetings of a series are numbered 1, 2, 3, ...
struct MeetingSeries
{
    Id id = 0;
    QString name;
    std::optional<Id> bodyId; // the body whose meetings these are, if any

    RowVersion version = {};
    bool operator==(const MeetingSeries&) const = default;
};

} // namespace jalaseh
