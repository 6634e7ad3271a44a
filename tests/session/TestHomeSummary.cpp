// The home view's summary (session::HomeSummary) over a small network whose every item is known,
// on both engines: which meetings, follow-ups and alerts it lists, what it counts, a lead's own
// follow-ups first, and that it reads in a fixed number of statements whatever the archive.
#include "../storage/StorageFixture.h"
#include "session/HomeSummary.h"
#include "storage/ActionItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyMerging.h"
#include "storage/BodyRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MembershipRepository.h"
#include "support/QtCatchPrinters.h"
#include "synthetic/SyntheticDatabase.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage::test;

namespace {

// A Monday; its week ends on Friday 2025-06-20.
const QDate today(2025, 6, 16);

struct Network
{
    TemporaryDatabase database;
    Id group = 0, quiet = 0, silent = 0;
    Id lead = 0, member = 0, absentee = 0;
    QList<Id> held;     // the group's meetings held, oldest first
    QList<Id> upcoming; // soonest first
    Id overdueDecision = 0, markedOverdue = 0, dueDecision = 0, overdueTask = 0, dueTask = 0;

    Id meeting(Id series, const QDate& date, MeetingStatus status)
    {
        const Id id = addMeeting(*database, series, date);
        storage::MeetingRepository meetings(*database);
        Meeting stored = *meetings.find(id);
        stored.status = status;
        meetings.update(stored);
        return id;
    }
    void attend(Id meetingId, Id person, AttendanceStatus status)
    {
        Attendance row{.meetingId = meetingId, .personId = person, .status = status};
        storage::AttendanceRepository(*database).insert(row);
    }
    Id decide(Id meetingId, const QString& text, const QDate& deadline, std::optional<Id> who,
              FollowUpState state = FollowUpState::Open,
              DecisionStatus status = DecisionStatus::Approved)
    {
        Decision decision{.meetingId = meetingId,
                          .text = text,
                          .status = status,
                          .responsibleId = who,
                          .deadline = deadline,
                          .followUp = state};
        return storage::DecisionRepository(*database).insert(decision);
    }
    Id task(Id meetingId, const QString& text, const QDate& deadline, std::optional<Id> who,
            FollowUpState state = FollowUpState::Open)
    {
        ActionItem item{.meetingId = meetingId,
                        .task = text,
                        .ownerId = who,
                        .deadline = deadline,
                        .state = state};
        return storage::ActionItemRepository(*database).insert(item);
    }

    Network()
    {
        storage::Database& db = *database;
        group = addBody(db, QStringLiteral("کارگروه منابع"));
        quiet = addBody(db, QStringLiteral("کارگروه آموزش"));
        silent = addBody(db, QStringLiteral("کارگروه مرجع"));
        const Id merged = addBody(db, QStringLiteral("کارگروه قدیم"));
        lead = addPerson(db, QStringLiteral("طاهری"), QStringLiteral("علی"));
        member = addPerson(db, QStringLiteral("رقابی"), QStringLiteral("فاطمه"));
        absentee = addPerson(db, QStringLiteral("کاظمی"), QStringLiteral("زهرا"));
        storage::MembershipRepository seats(db);
        for (const auto& [person, role] :
             {std::pair{lead, MembershipRole::Lead}, std::pair{member, MembershipRole::Member},
              std::pair{absentee, MembershipRole::Member}}) {
            Membership seat{
                .personId = person, .bodyId = group, .role = role, .from = QDate(2020, 1, 1)};
            seats.insert(seat);
        }
        const Id series = addSeries(db, QStringLiteral("جلسه کارگروه منابع"), group);
        const Id quietSeries = addSeries(db, QStringLiteral("جلسه کارگروه آموزش"), quiet);
        // Four held in the last two months: the absentee missed three in a row without excuse.
        for (const int daysAgo : {60, 45, 30, 15}) {
            const Id id =
                meeting(series, today.addDays(-daysAgo),
                        daysAgo == 60 ? MeetingStatus::MinutesApproved : MeetingStatus::Held);
            held.append(id);
            attend(id, lead, AttendanceStatus::Present);
            attend(id, member, AttendanceStatus::Present);
            attend(id, absentee,
                   daysAgo == 60 ? AttendanceStatus::Present : AttendanceStatus::Absent);
        }
        // The quiet group met five months ago; the silent one never did.
        meeting(quietSeries, today.addMonths(-5), MeetingStatus::MinutesApproved);
        // Coming: today, in two days (with its list), in forty.
        for (const int inDays : {0, 2, 40})
            upcoming.append(meeting(series, today.addDays(inDays), MeetingStatus::Planned));
        attend(upcoming[1], lead, AttendanceStatus::Present);
        attend(upcoming[1], member, AttendanceStatus::Present);
        // A merged group is not watched for quiet, however long since it met.
        storage::BodyMerging(db).merge(merged, group, today.addYears(-1));

        const Id first = held.first();
        overdueDecision = decide(first, QStringLiteral("گزارش"), today.addDays(-5), lead);
        markedOverdue =
            decide(first, QStringLiteral("نامه"), today.addDays(30), {}, FollowUpState::Overdue);
        dueDecision = decide(first, QStringLiteral("بودجه"), today.addDays(4), member);
        decide(first, QStringLiteral("بعدا"), today.addDays(5), member); // Saturday: next week
        decide(first, QStringLiteral("انجام"), today.addDays(-9), lead, FollowUpState::Done);
        decide(first, QStringLiteral("رد"), today.addDays(-9), lead, FollowUpState::Open,
               DecisionStatus::Rejected);
        overdueTask = task(first, QStringLiteral("تماس"), today.addDays(-1), member);
        dueTask = task(first, QStringLiteral("فهرست"), today, lead, FollowUpState::InProgress);
    }
};

QList<Id> meetingIds(const QList<session::HomeMeeting>& meetings)
{
    QList<Id> ids;
    for (const auto& one : meetings)
        ids.append(one.meeting.id);
    return ids;
}

QList<Id> itemIds(const QList<session::HomeFollowUp>& items)
{
    QList<Id> ids;
    for (const auto& one : items)
        ids.append(one.item.id());
    return ids;
}

} // namespace

TEST_CASE("the home summary lists the week's meetings, follow-ups and alerts")
{
    Network network;
    const auto summary =
        session::HomeSummary::read(*network.database, {.today = today, .itemsPerList = 5});

    CHECK(summary.weekEnd == QDate(2025, 6, 20));
    CHECK(meetingIds(summary.upcoming) == network.upcoming);
    CHECK(summary.upcomingCount == 3);
    CHECK(summary.upcoming[0].listed == 0);
    CHECK(summary.upcoming[1].listed == 2);
    CHECK(summary.upcoming[0].seriesName == QStringLiteral("جلسه کارگروه منابع"));

    // Held, not approved: the three whose status is "held", newest first.
    CHECK(meetingIds(summary.awaitingApproval) ==
          QList<Id>{network.held[3], network.held[2], network.held[1]});
    CHECK(summary.awaitingApprovalCount == 3);

    // Overdue by the board's rule (marked so, or open past the deadline), oldest deadline first.
    CHECK(itemIds(summary.overdue) ==
          QList<Id>{network.overdueDecision, network.overdueTask, network.markedOverdue});
    CHECK(summary.overdueCount == 3);
    CHECK(summary.ownOverdueCount == 0);
    CHECK(summary.overdue[0].responsibleName.contains(QStringLiteral("طاهری")));
    CHECK(summary.overdue[0].seriesName == QStringLiteral("جلسه کارگروه منابع"));
    CHECK(summary.overdue[0].meetingDate == today.addDays(-60));
    CHECK(summary.overdue[2].responsibleName.isEmpty());
    // Due from today to Friday, not the one due on Saturday.
    CHECK(itemIds(summary.dueThisWeek) == QList<Id>{network.dueTask, network.dueDecision});
    CHECK_FALSE(summary.dueThisWeek[0].item.isDecision());
    CHECK(summary.dueCount == 2);

    // Quiet: the group that last met five months ago and the one that never met; not the merged.
    REQUIRE(summary.quietBodies.size() == 2);
    QList<Id> quiet{summary.quietBodies[0].bodyId, summary.quietBodies[1].bodyId};
    std::sort(quiet.begin(), quiet.end());
    CHECK(quiet == QList<Id>{network.quiet, network.silent});
    for (const auto& body : summary.quietBodies)
        CHECK(body.lastMeeting == (body.bodyId == network.quiet ? today.addMonths(-5) : QDate()));

    // The absentee's three absences in a row, as the group's review shows them.
    REQUIRE(summary.absences.size() == 1);
    CHECK(summary.absenceCount == 1);
    CHECK(summary.absences[0].alert.kind == AbsenceAlert::Kind::Consecutive);
    CHECK(summary.absences[0].alert.personId == network.absentee);
    CHECK(summary.absences[0].alert.count == 3);
    CHECK(summary.absences[0].bodyId == network.group);
    CHECK(summary.absences[0].first == today.addDays(-45));
    CHECK(summary.absences[0].last == today.addDays(-15));
    CHECK(summary.absences[0].personName.contains(QStringLiteral("کاظمی")));
    CHECK(summary.reviewFrom == QDate(2024, 6, 17));
}

TEST_CASE("the home summary puts a lead's own follow-ups first and keeps its lists short")
{
    Network network;
    const auto summary = session::HomeSummary::read(
        *network.database, {.today = today, .ownPersonId = network.member, .itemsPerList = 2});
    // The member's overdue task first, then the oldest of everyone's; all three counted.
    CHECK(itemIds(summary.overdue) == QList<Id>{network.overdueTask, network.overdueDecision});
    CHECK(summary.overdue[0].own);
    CHECK_FALSE(summary.overdue[1].own);
    CHECK(summary.overdueCount == 3);
    CHECK(summary.ownOverdueCount == 1);
    CHECK(itemIds(summary.dueThisWeek) == QList<Id>{network.dueDecision, network.dueTask});
    CHECK(summary.ownDueCount == 1);
    CHECK(summary.upcoming.size() == 2);
    CHECK(summary.upcomingCount == 3);
    CHECK(summary.awaitingApproval.size() == 2);
    CHECK(summary.awaitingApprovalCount == 3);
}

TEST_CASE("the home summary reads a small and a larger archive in the same few statements")
{
    const auto statements = [](int scale) {
        TemporaryDatabase database;
        synthetic::SyntheticSize size;
        size.years = 2 * scale;
        size.people = 30 * scale;
        size.bodies = 4 * scale;
        size.meetings = 20 * scale;
        size.attendance = 200 * scale;
        size.contributions = 40 * scale;
        size.decisions = 60 * scale;
        size.proposals = 20 * scale;
        size.actionItems = 20 * scale;
        synthetic::generateSynthetic(*database, size, 7);
        const qint64 before = database->statementsRun();
        const auto summary = session::HomeSummary::read(
            *database, {.today = QDate(2024, 1, 10), .ownPersonId = Id(1)});
        CHECK(summary.upcoming.size() <= 5);
        CHECK(summary.overdue.size() <= 5);
        return database->statementsRun() - before;
    };
    const qint64 small = statements(1);
    CHECK(small == statements(3));
    CHECK(small <= 35);
}
