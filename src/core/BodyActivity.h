#pragma once

#include "Body.h"
#include "Decision.h"
#include "Id.h"
#include "Proposal.h"

#include <QDate>
#include <QList>
#include <compare>

namespace jalaseh {

// A Jalali quarter, which is a season: 1 spring (Farvardin to Khordad), 2 summer, 3 autumn,
// 4 winter (Dey to Esfand). Core has no calendar; the caller converts dates.
struct JalaliQuarter
{
    int year = 0;
    int quarter = 0; // 1..4

    auto operator<=>(const JalaliQuarter&) const = default;
};

// A meeting of a body's series, with its quarter worked out by the caller.
struct ActivityMeeting
{
    Id id = 0;
    Id bodyId = 0;
    QDate date;
    JalaliQuarter quarter;

    bool operator==(const ActivityMeeting&) const = default;
};

// What the activity report is computed from; storage::ActivityRepository loads it. Proposals
// and decisions come without their text, which the report does not need.
struct ActivityRecords
{
    QList<Body> bodies;              // every body, for names, kinds and merger lineage
    QList<JalaliQuarter> quarters;   // every quarter the period touches, oldest first
    QList<ActivityMeeting> meetings; // of the bodies' series, within the period
    QList<Proposal> proposals;       // of those meetings
    QList<Decision> decisions;       // of those meetings
};

// One body's activity over the period.
//
// The rules (also in docs/benchmarks.md, "Activity"):
// - a meeting counts as held when its day has come (on or before `today`); later ones are
//   planned. Jalaseh has no "cancelled" status: a meeting that did not take place is removed.
// - proposals and decisions are those recorded at the meetings held;
// - the follow-up of approved and deferred decisions, as of `today`: done; overdue (marked so, or
//   open or in progress past the deadline); open (open or in progress, on time). Rejected
//   decisions need no follow-up and are in `decisions` only.
struct BodyActivity
{
    Id bodyId = 0;
    QList<Id> includedBodyIds;     // the body, then the groups merged into it when folded
    QList<int> meetingsPerQuarter; // parallel to ActivityReport::quarters()
    int meetings = 0;              // held
    int planned = 0;               // in the period, after `today`
    int proposals = 0;
    int decisions = 0;
    int open = 0;
    int done = 0;
    int overdue = 0;
    QDate lastMeeting; // the last held in the period; null when none

    int followedUp() const { return open + done + overdue; }
    bool isIdle() const { return meetings == 0 && planned == 0; }
    bool operator==(const BodyActivity&) const = default;
};

// The activity of every body over a period: one row per body that is active and not merged, or
// that met in the period; with `foldMerged`, a merged group's meetings count for the body it was
// merged into (through any chain of mergers) and it has no row of its own. Rows are in the order
// of `records.bodies`; callers sort them for display (core has no Persian collation).
class ActivityReport
{
public:
    ActivityReport() = default;
    static ActivityReport compute(const ActivityRecords& records, const QDate& today,
                                  bool foldMerged);

    const QList<JalaliQuarter>& quarters() const { return m_quarters; }
    const QList<BodyActivity>& bodies() const { return m_bodies; }
    // The sum of every row (bodyId 0).
    const BodyActivity& total() const { return m_total; }
    int rowOf(Id bodyId) const;

    // The body `bodyId` was merged into, through any chain of mergers; itself when not merged.
    // Safe against cycles in bad data.
    static Id survivorOf(Id bodyId, const QList<Body>& bodies);

private:
    QList<JalaliQuarter> m_quarters;
    QList<BodyActivity> m_bodies;
    BodyActivity m_total;
};

} // namespace jalaseh
