#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace jalaseh {

// A resolution (مصوبه) of a meeting. A deferred decision is carried to the next meeting of the
// series, which then lists it among `reviewedInMeetingIds`.
struct Decision
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    QString text;
    DecisionStatus status = DecisionStatus::Approved;
    std::optional<Id> responsibleId;
    QDate deadline; // null when there is none
    FollowUpState followUp = FollowUpState::Open;
    std::optional<Id> proposalId;
    QList<Id> reviewedInMeetingIds;

    // The state to show on `today`: an open or in-progress decision past its deadline is overdue.
    FollowUpState effectiveFollowUp(const QDate& today) const
    {
        if ((followUp == FollowUpState::Open || followUp == FollowUpState::InProgress) &&
            deadline.isValid() && deadline < today)
            return FollowUpState::Overdue;
        return followUp;
    }
    RowVersion version = {};
    bool operator==(const Decision&) const = default;
};

} // namespace jalaseh
