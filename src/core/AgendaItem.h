#pragma once

#include "Id.h"
#include "RowVersion.h"

#include <QString>

namespace jalaseh {

// An ordered item of a meeting's agenda; `isQuestion` marks a question put to the room (the
// seed's "two main axes"), which the minutes phrase as a consultation rather than an item.
struct AgendaItem
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    QString title;
    QString description;
    bool isQuestion = false;

    RowVersion version = {};
    bool operator==(const AgendaItem&) const = default;
};

} // namespace jalaseh
