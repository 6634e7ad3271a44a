// The activity report loaded from a small hand-made database; the expected numbers are counted by
// hand from the rows inserted below.
#include "StorageFixture.h"
#include "storage/ActivityRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/ProposalRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

// Jalali 1402 runs from 2023-03-21 to 2024-03-19; its seasons start on 2023-03-21, 2023-06-22,
// 2023-09-23 and 2023-12-22.
const QDate year1402Start(2023, 3, 21);
const QDate year1402End(2024, 3, 19);
const QDate today(2024, 1, 15);

struct ActivityFixture
{
    TemporaryDatabase database;
    Id committee = addBody(*database, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    Id education = addBody(*database, QStringLiteral("کارگروه آموزش"));
    Id research = addBody(*database, QStringLiteral("کارگروه پژوهش"));
    Id quiet = addBody(*database, QStringLiteral("کارگروه خاموش"));
    Id committeeSeries = addSeries(*database, QStringLiteral("جلسات کمیته"), committee);
    Id educationSeries = addSeries(*database, QStringLiteral("جلسات آموزش"), education);
    Id researchSeries = addSeries(*database, QStringLiteral("جلسات پژوهش"), research);
    Id leadsSeries = addSeries(*database, QStringLiteral("نشست راهبران"));      // of no body
    Id spring = addMeeting(*database, committeeSeries, QDate(2023, 3, 21));     // the first day
    Id lateSpring = addMeeting(*database, committeeSeries, QDate(2023, 6, 21)); // the last day
    Id summer = addMeeting(*database, committeeSeries, QDate(2023, 6, 22));
    Id winter = addMeeting(*database, committeeSeries, QDate(2024, 3, 1));  // after today
    Id before = addMeeting(*database, committeeSeries, QDate(2023, 3, 20)); // 1401
    Id educationAutumn = addMeeting(*database, educationSeries, QDate(2023, 10, 1));
    Id researchSummer = addMeeting(*database, researchSeries, QDate(2023, 8, 1));
    Id leads = addMeeting(*database, leadsSeries, QDate(2023, 5, 1));

    ActivityFixture()
    {
        BodyRepository bodies(*database);
        Body merged = *bodies.find(research);
        merged.mergedIntoId = education;
        merged.mergedOn = QDate(2023, 9, 1);
        bodies.update(merged);

        propose(spring);
        propose(spring);
        propose(summer);
        propose(before); // outside the period
        propose(leads);  // a series of no body
        propose(researchSummer);

        decide(spring, DecisionStatus::Approved, FollowUpState::Done);
        decide(spring, DecisionStatus::Approved, FollowUpState::Open, QDate(2023, 12, 1));
        decide(lateSpring, DecisionStatus::Approved, FollowUpState::InProgress, QDate(2024, 2, 1));
        decide(summer, DecisionStatus::Rejected, FollowUpState::Open);
        decide(summer, DecisionStatus::Deferred, FollowUpState::Open);
        decide(before, DecisionStatus::Approved, FollowUpState::Open);
        decide(leads, DecisionStatus::Approved, FollowUpState::Open);
        decide(educationAutumn, DecisionStatus::Approved, FollowUpState::Overdue);
        decide(researchSummer, DecisionStatus::Approved, FollowUpState::Done);
    }

    void propose(Id meeting)
    {
        Proposal proposal;
        proposal.meetingId = meeting;
        proposal.text = QStringLiteral("پیشنهاد");
        ProposalRepository(*database).insert(proposal);
    }
    void decide(Id meeting, DecisionStatus status, FollowUpState followUp, QDate deadline = {})
    {
        Decision decision;
        decision.meetingId = meeting;
        decision.text = QStringLiteral("مصوبه");
        decision.status = status;
        decision.followUp = followUp;
        decision.deadline = deadline;
        DecisionRepository(*database).insert(decision);
    }
};

} // namespace

TEST_CASE("The activity of every body over a Jalali year", "[storage][activity]")
{
    ActivityFixture f;
    const ActivityRecords records =
        ActivityRepository(*f.database).load(year1402Start, year1402End);
    CHECK(records.quarters.size() == 4);
    CHECK(records.bodies.size() == 4);
    // The committee's four, education's and research's; not the one before nor the leads'.
    CHECK(records.meetings.size() == 6);
    CHECK(records.proposals.size() == 4);
    CHECK(records.decisions.size() == 7);

    const ActivityReport report = ActivityReport::compute(records, today, false);
    const BodyActivity& committee = report.bodies()[report.rowOf(f.committee)];
    // Spring: the first and last days of Farvardin-Khordad; summer: the first day of Tir.
    CHECK(committee.meetingsPerQuarter == QList<int>{2, 1, 0, 0});
    CHECK(committee.meetings == 3);
    CHECK(committee.planned == 1);
    CHECK(committee.proposals == 3);
    CHECK(committee.decisions == 5);
    CHECK(committee.done == 1);
    CHECK(committee.overdue == 1); // open past 2023-12-01
    CHECK(committee.open == 2);    // in progress until 2024-02-01, and the deferred one
    CHECK(committee.lastMeeting == QDate(2023, 6, 22));

    const BodyActivity& research = report.bodies()[report.rowOf(f.research)];
    CHECK(research.meetingsPerQuarter == QList<int>{0, 1, 0, 0});
    CHECK(research.done == 1);
    CHECK(report.bodies()[report.rowOf(f.quiet)].isIdle());

    SECTION("folded, research counts for education")
    {
        const ActivityReport folded = ActivityReport::compute(records, today, true);
        CHECK(folded.rowOf(f.research) == -1);
        const BodyActivity& education = folded.bodies()[folded.rowOf(f.education)];
        CHECK(education.meetingsPerQuarter == QList<int>{0, 1, 1, 0});
        CHECK(education.decisions == 2);
        CHECK(education.overdue == 1);
        CHECK(education.done == 1);
        CHECK(education.proposals == 1);
    }
}
