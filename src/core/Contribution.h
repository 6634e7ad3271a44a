#pragma once

#include "Id.h"
#include "RowVersion.h"

#include <QString>
#include <optional>

namespace jalaseh {

// What one speaker said, in the order it was said.
struct Contribution
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    Id speakerId = 0;
    std::optional<Id> agendaItemId;
    QString text;

    RowVersion version = {};
    bool operator==(const Contribution&) const = default;
};

} // namespace jalaseh
