#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QDate>

namespace jalaseh {

// A person's seat in a body for a period; `until` is null while the membership is current.
struct Membership
{
    Id id = 0;
    Id personId = 0;
    Id bodyId = 0;
    MembershipRole role = MembershipRole::Member;
    QDate from;
    QDate until;

    bool isCurrentOn(const QDate& day) const
    {
        return (from.isNull() || from <= day) && (until.isNull() || day <= until);
    }
    RowVersion version = {};
    bool operator==(const Membership&) const = default;
};

} // namespace jalaseh
