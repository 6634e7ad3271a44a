#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QDate>
#include <QString>
#include <optional>

namespace jalaseh {

struct ActionItem
{
    Id id = 0;
    Id meetingId = 0;
    std::optional<Id> decisionId;
    QString task;
    std::optional<Id> ownerId;
    QDate deadline;
    FollowUpState state = FollowUpState::Open;

    FollowUpState effectiveState(const QDate& today) const
    {
        if ((state == FollowUpState::Open || state == FollowUpState::InProgress) &&
            deadline.isValid() && deadline < today)
            return FollowUpState::Overdue;
        return state;
    }
    RowVersion version = {};
    bool operator==(const ActionItem&) const = default;
};

} // namespace jalaseh
