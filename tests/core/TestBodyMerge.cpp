// The rules of merging a body, without a database: which seats end, move or stay.
#include "core/BodyMerge.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

const QDate day(2023, 9, 23);

Membership seat(Id id, Id person, Id body, MembershipRole role, QDate from, QDate until = {})
{
    return {
        .id = id, .personId = person, .bodyId = body, .role = role, .from = from, .until = until};
}

} // namespace

TEST_CASE("A seat ending on the day stays, two leads joining a body without one", "[merge]")
{
    const Body into{.id = 1, .name = QStringLiteral("کارگروه الف")};
    const Body merged{.id = 2, .name = QStringLiteral("کارگروه ب")};
    const QList<Membership> seats{
        seat(10, 100, 2, MembershipRole::Lead, QDate(2020, 1, 1)),
        seat(11, 101, 2, MembershipRole::Lead, QDate(2022, 1, 1)),        // a co-lead
        seat(12, 102, 2, MembershipRole::Member, QDate(2020, 1, 1), day), // leaves that day
    };
    const BodyMergePlan plan = planMerge(merged, into, day, {into, merged}, seats, {}, {});
    REQUIRE_FALSE(plan.isRefused());
    REQUIRE(plan.seatChanges.size() == 2);
    CHECK(plan.seatChanges[0].after->until == day);
    REQUIRE(plan.newSeats.size() == 2);
    // The surviving body had no lead: the first keeps the role, the second joins as a member.
    CHECK(plan.newSeats[0].role == MembershipRole::Lead);
    CHECK(plan.newSeats[1].role == MembershipRole::Member);
    CHECK(plan.joinAsMembers == QList<Id>{101});
    CHECK(plan.newSeats[0].bodyId == 1);
}

TEST_CASE("Refusals come in a fixed order and leave the plan empty", "[merge]")
{
    Body into{.id = 1, .name = QStringLiteral("کارگروه الف")};
    Body merged{.id = 2, .name = QStringLiteral("کارگروه ب")};
    const QList<Membership> seats{seat(10, 100, 2, MembershipRole::Member, QDate(2020, 1, 1))};
    using Refusal = BodyMergePlan::Refusal;
    CHECK(planMerge(merged, merged, day, {into, merged}, seats, {}, {}).refusal ==
          Refusal::SameBody);
    CHECK(planMerge(merged, into, {}, {into, merged}, seats, {}, {}).refusal == Refusal::NoDate);
    const BodyMergePlan late =
        planMerge(merged, into, day, {into, merged}, seats, {}, day.addDays(1));
    CHECK(late.refusal == Refusal::MetAfterwards);
    CHECK(late.seatChanges.isEmpty());
    CHECK(planMerge(merged, into, day, {into, merged}, seats, {}, day).refusal ==
          Refusal::None); // its last meeting on the day itself
    into.mergedIntoId = 2;
    into.mergedOn = day.addDays(-10);
    CHECK(planMerge(merged, into, day, {into, merged}, seats, {}, {}).refusal == Refusal::Circle);
    const Body third{.id = 3, .name = QStringLiteral("کارگروه ج")};
    CHECK(planMerge(third, into, day, {into, merged, third}, {}, {}, {}).refusal ==
          Refusal::IntoMerged);
}
