// The activity report's counts, checked against numbers worked out by hand on small records.
#include "core/BodyActivity.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

constexpr Id committee = 1;
constexpr Id education = 2;
constexpr Id research = 3; // merged into education
constexpr Id library = 4;  // merged into research: a chain
constexpr Id dormant = 5;  // active, never meets
constexpr Id closed = 6;   // inactive, met once

const QDate today(2024, 1, 15);

Body body(Id id, std::optional<Id> mergedInto = {}, bool active = true)
{
    Body b;
    b.id = id;
    b.name = QStringLiteral("نهاد %1").arg(id);
    b.mergedIntoId = mergedInto;
    b.active = active;
    return b;
}

Decision decision(Id meeting, DecisionStatus status, FollowUpState followUp, QDate deadline = {})
{
    Decision d;
    d.meetingId = meeting;
    d.status = status;
    d.followUp = followUp;
    d.deadline = deadline;
    return d;
}

Proposal proposal(Id meeting)
{
    Proposal p;
    p.meetingId = meeting;
    return p;
}

// Jalali 1402: spring, summer, autumn, winter.
ActivityRecords records()
{
    ActivityRecords r;
    r.bodies = {body(committee),         body(education), body(research, education),
                body(library, research), body(dormant),   body(closed, {}, false)};
    r.quarters = {{1402, 1}, {1402, 2}, {1402, 3}, {1402, 4}};
    r.meetings = {
        {11, committee, QDate(2023, 4, 10), {1402, 1}},
        {12, committee, QDate(2023, 5, 10), {1402, 1}},
        {13, committee, QDate(2023, 10, 10), {1402, 3}},
        {14, committee, QDate(2024, 2, 1), {1402, 4}}, // after today: planned
        {21, education, QDate(2023, 7, 1), {1402, 2}},
        {31, research, QDate(2023, 4, 20), {1402, 1}},
        {41, library, QDate(2023, 6, 1), {1402, 1}},
        {61, closed, QDate(2023, 8, 1), {1402, 2}},
    };
    r.proposals = {proposal(11), proposal(11), proposal(13), proposal(21),
                   proposal(31), proposal(14)}; // 14 is planned: its proposal does not count
    r.decisions = {
        decision(11, DecisionStatus::Approved, FollowUpState::Done),
        decision(11, DecisionStatus::Approved, FollowUpState::Open, QDate(2024, 1, 1)), // overdue
        decision(11, DecisionStatus::Approved, FollowUpState::InProgress, QDate(2024, 3, 1)),
        decision(12, DecisionStatus::Rejected, FollowUpState::Done),
        decision(13, DecisionStatus::Deferred, FollowUpState::Open),
        decision(13, DecisionStatus::Approved, FollowUpState::Overdue, QDate(2024, 6, 1)),
        decision(21, DecisionStatus::Approved, FollowUpState::Open),
        decision(31, DecisionStatus::Approved, FollowUpState::Done),
        decision(41, DecisionStatus::Approved, FollowUpState::InProgress, QDate(2023, 12, 1)),
    };
    return r;
}

} // namespace

TEST_CASE("Each body's meetings per quarter, proposals and decisions", "[core][activity]")
{
    const ActivityReport report = ActivityReport::compute(records(), today, false);
    // Rows: the active unmerged bodies and every body that met.
    QList<Id> rows;
    for (const BodyActivity& row : report.bodies())
        rows.append(row.bodyId);
    CHECK(rows == QList<Id>{committee, education, research, library, dormant, closed});

    const BodyActivity& c = report.bodies()[report.rowOf(committee)];
    CHECK(c.meetingsPerQuarter == QList<int>{2, 0, 1, 0});
    CHECK(c.meetings == 3);
    CHECK(c.planned == 1);
    CHECK(c.lastMeeting == QDate(2023, 10, 10));
    CHECK(c.proposals == 3);
    CHECK(c.decisions == 6);
    // Done: 1. Overdue: the open one past 2024-01-01 and the one marked overdue. Open: the one
    // in progress (deadline ahead) and the deferred one. The rejected one is in none.
    CHECK(c.done == 1);
    CHECK(c.overdue == 2);
    CHECK(c.open == 2);
    CHECK(c.followedUp() == 5);

    const BodyActivity& d = report.bodies()[report.rowOf(dormant)];
    CHECK(d.isIdle());
    CHECK(d.meetingsPerQuarter == QList<int>{0, 0, 0, 0});
    CHECK_FALSE(d.lastMeeting.isValid());

    const BodyActivity& total = report.total();
    CHECK(total.meetingsPerQuarter == QList<int>{4, 2, 1, 0});
    CHECK(total.meetings == 7);
    CHECK(total.proposals == 5);
    CHECK(total.decisions == 9);
    CHECK(total.open == 3);
    CHECK(total.overdue == 3);
    CHECK(total.done == 2);
}

TEST_CASE("Folding merged groups counts their meetings for the survivor", "[core][activity]")
{
    const ActivityReport report = ActivityReport::compute(records(), today, true);
    QList<Id> rows;
    for (const BodyActivity& row : report.bodies())
        rows.append(row.bodyId);
    CHECK(rows == QList<Id>{committee, education, dormant, closed});
    const BodyActivity& e = report.bodies()[report.rowOf(education)];
    CHECK(e.includedBodyIds == QList<Id>{education, research, library});
    // Education's own summer meeting, research's and library's spring ones.
    CHECK(e.meetingsPerQuarter == QList<int>{2, 1, 0, 0});
    CHECK(e.meetings == 3);
    CHECK(e.proposals == 2);
    CHECK(e.decisions == 3);
    CHECK(e.open == 1);    // 21
    CHECK(e.done == 1);    // 31
    CHECK(e.overdue == 1); // 41: in progress past 2023-12-01
    CHECK(e.lastMeeting == QDate(2023, 7, 1));
    // The totals do not change by folding.
    const ActivityReport unfolded = ActivityReport::compute(records(), today, false);
    CHECK(report.total() == unfolded.total());
}

TEST_CASE("Merger chains are followed and cycles do not hang", "[core][activity]")
{
    const QList<Body> bodies = records().bodies;
    CHECK(ActivityReport::survivorOf(library, bodies) == education);
    CHECK(ActivityReport::survivorOf(committee, bodies) == committee);
    const QList<Body> cycle{body(1, 2), body(2, 1)};
    CHECK(ActivityReport::survivorOf(1, cycle) == 1);
}

TEST_CASE("A merged body without meetings in the period has no row", "[core][activity]")
{
    ActivityRecords r = records();
    r.meetings.removeIf([](const ActivityMeeting& m) { return m.bodyId == library; });
    const ActivityReport report = ActivityReport::compute(r, today, false);
    CHECK(report.rowOf(library) == -1);
    CHECK(report.rowOf(closed) >= 0);
}
