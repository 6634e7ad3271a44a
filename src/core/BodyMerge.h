#pragma once

#include "Body.h"
#include "Membership.h"

#include <QDate>
#include <QList>
#include <optional>

namespace jalaseh {

// One seat of the merged body that the merge changes: `after` is the seat ended on the day of the
// merge, or nullopt when the seat would only have started later (it is removed; its person gets
// the same seat in the surviving body instead).
struct SeatChange
{
    Membership before;
    std::optional<Membership> after;

    bool operator==(const SeatChange&) const = default;
};

// Merging a working group into another on a day, worked out before anything is written: shown
// by the merge dialog, applied by storage::BodyMerging, and kept to undo the merge exactly.
//
// The rules (docs/storage.md, "Merging bodies"):
// - the merged body keeps its row, name, series, meetings and minutes; it gets mergedIntoId and
//   mergedOn;
// - its seats that go on after the day end on that day (a seat starting later is removed), and
//   each person gets the same seat in the surviving body from that day (or from the day their
//   seat was to start), with the same end if it had one;
// - people who already hold a seat in the surviving body on that day keep theirs;
// - the surviving body keeps its own lead, deputy and secretary: someone joining in one of those
//   roles joins as a member when the surviving body has that role filled on that day.
struct BodyMergePlan
{
    enum class Refusal
    {
        None,
        SameBody,      // merged into itself
        NoDate,        // no valid day given
        AlreadyMerged, // the body was merged before
        Circle,        // the surviving body was merged into this one
        IntoMerged,    // the surviving body was itself merged into another
        MetAfterwards  // the body has a meeting after the day of the merge
    };

    Refusal refusal = Refusal::None;
    Body body; // the body merged, as it is now
    Body into; // the body it joins
    QDate on;
    QDate lastMeeting; // the merged body's latest meeting (null when it never met)
    QList<SeatChange> seatChanges;
    QList<Membership> newSeats; // in `into`; ids are set once the merge is written
    QList<Id> alreadyMembers;   // people whose seat in `into` simply goes on
    QList<Id> joinAsMembers;    // people whose role was taken in `into` (lead, deputy...)

    bool isRefused() const { return refusal != Refusal::None; }
};

// Works out the merge of `body` into `into` on `on`. `bodies` is every body (for the lineage),
// `bodySeats` and `intoSeats` every membership of the two, and `lastMeeting` the day of the
// merged body's latest meeting. A refused plan says why and changes nothing else.
BodyMergePlan planMerge(const Body& body, const Body& into, const QDate& on,
                        const QList<Body>& bodies, const QList<Membership>& bodySeats,
                        const QList<Membership>& intoSeats, const QDate& lastMeeting);

} // namespace jalaseh
