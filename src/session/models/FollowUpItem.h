#pragma once

#include "core/ActionItem.h"
#include "core/Decision.h"

namespace jalaseh::session {

// One row of the follow-up board: a decision or an action item, seen through what the two share
// (who answers for it, by when, how far it has got, which meeting it came from).
struct FollowUpItem
{
    enum class Kind
    {
        Decision,
        ActionItem
    };

    Kind kind = Kind::Decision;
    Decision decision;     // when kind is Decision
    ActionItem actionItem; // when kind is ActionItem

    static FollowUpItem of(const Decision& decision)
    {
        FollowUpItem item;
        item.decision = decision;
        return item;
    }
    static FollowUpItem of(const ActionItem& actionItem)
    {
        FollowUpItem item;
        item.kind = Kind::ActionItem;
        item.actionItem = actionItem;
        return item;
    }

    bool isDecision() const { return kind == Kind::Decision; }
    Id id() const { return isDecision() ? decision.id : actionItem.id; }
    Id meetingId() const { return isDecision() ? decision.meetingId : actionItem.meetingId; }
    const QString& text() const { return isDecision() ? decision.text : actionItem.task; }
    std::optional<Id> responsibleId() const
    {
        return isDecision() ? decision.responsibleId : actionItem.ownerId;
    }
    const QDate& deadline() const { return isDecision() ? decision.deadline : actionItem.deadline; }
    FollowUpState state() const { return isDecision() ? decision.followUp : actionItem.state; }
    FollowUpState effectiveState(const QDate& today) const
    {
        return isDecision() ? decision.effectiveFollowUp(today) : actionItem.effectiveState(today);
    }
    // The decision an action item follows from (for a decision, itself).
    std::optional<Id> decisionId() const
    {
        return isDecision() ? std::optional<Id>(decision.id) : actionItem.decisionId;
    }
};

} // namespace jalaseh::session
