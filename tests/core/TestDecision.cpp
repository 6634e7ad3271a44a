#include "core/ActionItem.h"
#include "core/Decision.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh;

TEST_CASE("an open decision past its deadline shows as overdue", "[core]")
{
    Decision decision;
    decision.deadline = QDate(2023, 5, 1);
    CHECK(decision.effectiveFollowUp(QDate(2023, 5, 1)) == FollowUpState::Open);
    CHECK(decision.effectiveFollowUp(QDate(2023, 5, 2)) == FollowUpState::Overdue);
    decision.followUp = FollowUpState::Done;
    CHECK(decision.effectiveFollowUp(QDate(2023, 5, 2)) == FollowUpState::Done);
    decision.followUp = FollowUpState::InProgress;
    decision.deadline = QDate();
    CHECK(decision.effectiveFollowUp(QDate(2030, 1, 1)) == FollowUpState::InProgress);
}

TEST_CASE("action items follow the same overdue rule", "[core]")
{
    ActionItem item;
    item.deadline = QDate(2023, 5, 1);
    CHECK(item.effectiveState(QDate(2023, 6, 1)) == FollowUpState::Overdue);
}
