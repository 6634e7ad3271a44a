#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace jalaseh {

// The steering committee or a working group. A merged working group keeps its row, its name and
// its history; it points at the body it was merged into.
struct Body
{
    Id id = 0;
    QString name;
    BodyKind kind = BodyKind::WorkingGroup;
    QString description;
    std::optional<Id> mergedIntoId;
    QDate mergedOn; // null unless merged
    bool active = true;

    bool isMerged() const { return mergedIntoId.has_value(); }
    // Whether the body still meets: marked active and not merged into another (a merger leaves
    // `active` as it was, so that undoing it restores the body as it stood).
    bool isActive() const { return active && !isMerged(); }
    RowVersion version = {};
    bool operator==(const Body&) const = default;
};

} // namespace jalaseh
