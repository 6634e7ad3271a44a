#include "BodyMerge.h"

#include "AttendanceMatrix.h"

namespace jalaseh {
namespace {

bool goesOnAfter(const Membership& seat, const QDate& day)
{
    return seat.until.isNull() || seat.until > day;
}

bool holdsSeatOn(const QList<Membership>& seats, Id personId, const QDate& day)
{
    for (const Membership& seat : seats)
        if (seat.personId == personId && seat.isCurrentOn(day))
            return true;
    return false;
}

bool roleTakenOn(const QList<Membership>& seats, MembershipRole role, const QDate& day)
{
    for (const Membership& seat : seats)
        if (seat.role == role && seat.isCurrentOn(day))
            return true;
    return false;
}

BodyMergePlan::Refusal refusalOf(const BodyMergePlan& plan, const QList<Body>& bodies)
{
    using Refusal = BodyMergePlan::Refusal;
    if (plan.body.id == plan.into.id)
        return Refusal::SameBody;
    if (!plan.on.isValid())
        return Refusal::NoDate;
    if (plan.body.isMerged())
        return Refusal::AlreadyMerged;
    if (AttendanceMatrix::lineage(plan.body.id, bodies).contains(plan.into.id))
        return Refusal::Circle;
    if (plan.into.isMerged())
        return Refusal::IntoMerged;
    if (plan.lastMeeting.isValid() && plan.lastMeeting > plan.on)
        return Refusal::MetAfterwards;
    return Refusal::None;
}

} // namespace

BodyMergePlan planMerge(const Body& body, const Body& into, const QDate& on,
                        const QList<Body>& bodies, const QList<Membership>& bodySeats,
                        const QList<Membership>& intoSeats, const QDate& lastMeeting)
{
    BodyMergePlan plan;
    plan.body = body;
    plan.into = into;
    plan.on = on;
    plan.lastMeeting = lastMeeting;
    plan.refusal = refusalOf(plan, bodies);
    if (plan.isRefused())
        return plan;

    for (const Membership& seat : bodySeats) {
        if (!goesOnAfter(seat, on))
            continue;
        SeatChange change{.before = seat, .after = std::nullopt};
        // A seat that would only start after the merge never sits in the merged body.
        const bool startsLater = seat.from.isValid() && seat.from > on;
        if (!startsLater) {
            change.after = seat;
            change.after->until = on;
        }
        plan.seatChanges.append(change);

        const QDate joins = startsLater ? seat.from : on;
        if (holdsSeatOn(intoSeats, seat.personId, joins)) {
            if (!plan.alreadyMembers.contains(seat.personId))
                plan.alreadyMembers.append(seat.personId);
            continue;
        }
        if (holdsSeatOn(plan.newSeats, seat.personId, joins))
            continue; // two seats of one person in the merged body make one in the surviving body
        Membership joined{.id = 0,
                          .personId = seat.personId,
                          .bodyId = into.id,
                          .role = seat.role,
                          .from = joins,
                          .until = seat.until};
        if (joined.role != MembershipRole::Member &&
            (roleTakenOn(intoSeats, joined.role, joins) ||
             roleTakenOn(plan.newSeats, joined.role, joins))) {
            joined.role = MembershipRole::Member;
            plan.joinAsMembers.append(seat.personId);
        }
        plan.newSeats.append(joined);
    }
    return plan;
}

} // namespace jalaseh
