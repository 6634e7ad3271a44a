#include "core/AttendanceMatrix.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using Status = AttendanceStatus;

namespace {

constexpr Id group = 1;
constexpr Id mergedGroup = 2;

// Six monthly meetings of the group, ids 101..106, in Jalali year 1402 except the last (1403).
QList<MatrixMeeting> sixMeetings()
{
    QList<MatrixMeeting> meetings;
    for (int i = 0; i < 6; ++i)
        meetings.append({100 + i + 1, group, QDate(2023, 4 + i, 10), i + 1, i < 5 ? 1402 : 1403});
    return meetings;
}

Attendance row(Id meeting, Id person, Status status)
{
    Attendance attendance;
    attendance.meetingId = meeting;
    attendance.personId = person;
    attendance.status = status;
    return attendance;
}

Membership seat(Id person, Id body, QDate from = {}, QDate until = {})
{
    Membership membership;
    membership.personId = person;
    membership.bodyId = body;
    membership.from = from;
    membership.until = until;
    return membership;
}

} // namespace

TEST_CASE("Rates count late and left early as attended, excused as an absence",
          "[core][attendance]")
{
    const QList<Attendance> attendance{
        row(101, 7, Status::Present),   row(102, 7, Status::Late),   row(103, 7, Status::Excused),
        row(104, 7, Status::LeftEarly), row(105, 7, Status::Absent), // 106: nothing recorded
    };
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(7, group)});
    REQUIRE(matrix.people() == QList<Id>{7});
    const AttendanceSummary& summary = matrix.summary(0);
    CHECK(summary.expected == 6);
    CHECK(summary.notRecorded == 1);
    CHECK(summary.attended() == 3);
    // 3 attended of the 5 recorded; of the 4 they could come to (one excused), 3.
    CHECK(*summary.rate() == Approx(3.0 / 5.0));
    CHECK(*summary.rateExcludingExcused() == Approx(3.0 / 4.0));
    CHECK(matrix.cell(0, 5).isNotRecorded());
    CHECK(matrix.cell(0, 2).status == Status::Excused);
}

TEST_CASE("Someone who joined mid-period counts only from their first day", "[core][attendance]")
{
    // Joined on 2023-06-01: meetings 103 (2023-06-10) onwards.
    const QList<Attendance> attendance{row(101, 8, Status::Present), row(103, 8, Status::Absent),
                                       row(104, 8, Status::Present)};
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(8, group, QDate(2023, 6, 1))});
    const int r = matrix.rowOf(8);
    REQUIRE(r == 0);
    CHECK_FALSE(matrix.cell(r, 0).expected);
    CHECK(matrix.cell(r, 0).status == Status::Present); // came as a guest, counts for nothing
    CHECK_FALSE(matrix.cell(r, 1).expected);
    CHECK(matrix.cell(r, 2).expected);
    CHECK(matrix.summary(r).expected == 4);
    CHECK(matrix.summary(r).notRecorded == 2);
    CHECK(*matrix.summary(r).rate() == Approx(1.0 / 2.0));
    // The head count includes the guest visit; the expected count does not.
    CHECK(matrix.attendedCount(0) == 1);
    CHECK(matrix.expectedCount(0) == 0);
    CHECK(matrix.expectedCount(2) == 1);
}

TEST_CASE("People who were never members while the body met are not rows", "[core][attendance]")
{
    const AttendanceMatrix matrix(
        sixMeetings(), {row(101, 9, Status::Present)},
        {seat(10, group, QDate(2020, 1, 1), QDate(2021, 1, 1)), seat(11, 99)});
    CHECK(matrix.people().isEmpty());
    CHECK(matrix.attendedCount(0) == 1);
}

TEST_CASE("Consecutive unexcused absences raise one alert per run", "[core][attendance]")
{
    // absent, absent, excused, absent, absent, absent: the excuse ends the first run.
    const QList<Attendance> attendance{row(101, 7, Status::Absent),  row(102, 7, Status::Absent),
                                       row(103, 7, Status::Excused), row(104, 7, Status::Absent),
                                       row(105, 7, Status::Absent),  row(106, 7, Status::Absent)};
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(7, group)});
    const auto alerts = matrix.absenceAlerts({.consecutive = 3, .inOneYear = 100});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AbsenceAlert::Kind::Consecutive);
    CHECK(alerts[0].count == 3);
    CHECK(alerts[0].meetingIds == QList<Id>{104, 105, 106});
    CHECK(matrix.absenceAlerts({.consecutive = 2, .inOneYear = 100}).size() == 2);
}

TEST_CASE("A meeting not recorded neither breaks nor extends a run", "[core][attendance]")
{
    const QList<Attendance> attendance{row(101, 7, Status::Absent), row(103, 7, Status::Absent),
                                       row(104, 7, Status::Absent)};
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(7, group)});
    const auto alerts = matrix.absenceAlerts({.consecutive = 3, .inOneYear = 100});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].meetingIds == QList<Id>{101, 103, 104});
}

TEST_CASE("Unexcused absences are counted per Jalali year", "[core][attendance]")
{
    // Four absences in 1402, one in 1403; the last three in a row.
    const QList<Attendance> attendance{row(101, 7, Status::Absent),  row(102, 7, Status::Absent),
                                       row(103, 7, Status::Present), row(104, 7, Status::Absent),
                                       row(105, 7, Status::Absent),  row(106, 7, Status::Absent)};
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(7, group)});
    CHECK(matrix.absenceAlerts({.consecutive = 100, .inOneYear = 5}).isEmpty());
    const auto alerts = matrix.absenceAlerts({.consecutive = 100, .inOneYear = 4});
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == AbsenceAlert::Kind::InOneYear);
    CHECK(alerts[0].jalaliYear == 1402);
    CHECK(alerts[0].count == 4);
    // Default thresholds: 3 in a row (104, 105, 106), not 5 in one year.
    const auto defaults = matrix.absenceAlerts();
    REQUIRE(defaults.size() == 1);
    CHECK(defaults[0].kind == AbsenceAlert::Kind::Consecutive);
}

TEST_CASE("A merged body's meetings count for its own members", "[core][attendance]")
{
    QList<Body> bodies(4);
    bodies[0].id = group;
    bodies[1].id = mergedGroup;
    bodies[1].mergedIntoId = group;
    bodies[2].id = 3;
    bodies[2].mergedIntoId = mergedGroup; // merged into the merged one
    bodies[3].id = 4;
    CHECK(AttendanceMatrix::lineage(group, bodies) == QList<Id>{group, mergedGroup, 3});
    CHECK(AttendanceMatrix::lineage(4, bodies) == QList<Id>{4});

    QList<MatrixMeeting> meetings = sixMeetings();
    meetings.append({201, mergedGroup, QDate(2023, 3, 25), 1, 1402}); // before all the others
    // Person 20 was in the merged group until the merger, then in the group.
    const QList<Membership> seats{seat(20, mergedGroup, {}, QDate(2023, 4, 1)),
                                  seat(20, group, QDate(2023, 4, 2))};
    const AttendanceMatrix matrix(meetings, {row(201, 20, Status::Present)}, seats);
    REQUIRE(matrix.meetings().first().id == 201);
    CHECK(matrix.cell(0, 0).expected);
    CHECK(matrix.summary(0).expected == 7);
    CHECK(matrix.summary(0).attended() == 1);
}

TEST_CASE("Bodies without a meeting in K months", "[core][attendance]")
{
    const QDate today(2024, 6, 1);
    const QList<BodyLastMeeting> bodies{
        {1, QDate(2024, 5, 1)}, {2, QDate(2023, 11, 30)}, {3, QDate(2023, 12, 1)}, {4, QDate()}};
    CHECK(bodiesWithoutMeetings(bodies, today, 6) == QList<Id>{2, 4});
    CHECK(bodiesWithoutMeetings(bodies, today, 1) == QList<Id>{2, 3, 4});
}

TEST_CASE("Cells keep the reason and the minutes late", "[core][attendance]")
{
    Attendance late = row(101, 7, Status::Late);
    late.minutesLate = 20;
    Attendance excused = row(102, 7, Status::Excused);
    excused.reason = QStringLiteral("سفر کاری");
    const AttendanceMatrix matrix(sixMeetings(), {late, excused}, {seat(7, group)});
    CHECK(matrix.cell(0, 0).minutesLate == 20);
    CHECK(matrix.cell(0, 1).reason == QStringLiteral("سفر کاری"));
    CHECK_FALSE(matrix.cell(0, 0).isGuestVisit());
}

TEST_CASE("Each row has the role of its last seat, the most senior on the day",
          "[core][attendance]")
{
    Membership lead = seat(7, group, QDate(2023, 7, 1));
    lead.role = MembershipRole::Lead;
    Membership member = seat(7, group, {}, QDate(2023, 6, 30));
    Membership secretary = seat(8, group);
    secretary.role = MembershipRole::Secretary;
    Membership deputy = seat(8, group, QDate(2023, 1, 1));
    deputy.role = MembershipRole::Deputy;
    // Person 9 was the deputy until June, then an ordinary member again.
    Membership formerDeputy = seat(9, group, {}, QDate(2023, 6, 30));
    formerDeputy.role = MembershipRole::Deputy;
    const AttendanceMatrix matrix(
        sixMeetings(), {},
        {member, lead, secretary, deputy, formerDeputy, seat(9, group, QDate(2023, 7, 1))});
    CHECK(matrix.role(matrix.rowOf(7)) == MembershipRole::Lead);
    CHECK(matrix.role(matrix.rowOf(8)) == MembershipRole::Deputy);
    CHECK(matrix.role(matrix.rowOf(9)) == MembershipRole::Member);
    CHECK(matrix.rowsWithRole(MembershipRole::Deputy) == QList<int>{matrix.rowOf(8)});
    CHECK(matrix.rowsWithRole(MembershipRole::Secretary).isEmpty());
    CHECK(matrix.rowsWithRole(std::nullopt).size() == 3);
}

TEST_CASE("A series of no body expects the people invited to each meeting", "[core][attendance]")
{
    // The leads' meetings: whoever was recorded (other than as a guest) was invited.
    QList<MatrixMeeting> meetings = sixMeetings();
    for (MatrixMeeting& meeting : meetings)
        meeting.bodyId = 0;
    Attendance lead = row(101, 7, Status::Present);
    lead.role = AttendanceRole::Lead;
    Attendance leadAgain = row(102, 7, Status::Absent);
    leadAgain.role = AttendanceRole::Lead;
    Attendance guest = row(101, 8, Status::Present);
    guest.role = AttendanceRole::Guest;
    Attendance secretary = row(103, 9, Status::Excused);
    secretary.role = AttendanceRole::Secretary;
    // A membership of some body does not make anyone expected at a series of no body.
    const AttendanceMatrix matrix(meetings, {lead, leadAgain, guest, secretary}, {seat(10, 0)});
    CHECK(matrix.people() == QList<Id>{7, 9});
    const int r = matrix.rowOf(7);
    CHECK(matrix.role(r) == MembershipRole::Lead);
    CHECK(matrix.cell(r, 0).expected);
    CHECK(matrix.cell(r, 1).expected);
    CHECK_FALSE(matrix.cell(r, 2).expected); // not invited: not a "not recorded"
    CHECK(matrix.summary(r).expected == 2);
    CHECK(*matrix.summary(r).rate() == Approx(0.5));
    CHECK(matrix.role(matrix.rowOf(9)) == MembershipRole::Secretary);
    CHECK(matrix.attendedCount(0) == 2); // the lead and the guest
    CHECK(matrix.attendedMembers(0) == 1);
    CHECK(matrix.expectedCount(0) == 1);
}

TEST_CASE("The body's overall rate pools every member's recorded meetings", "[core][attendance]")
{
    // Person 7: 3 attended of 5 recorded; person 8: 1 attended of 2 recorded (4 not recorded).
    const QList<Attendance> attendance{
        row(101, 7, Status::Present),   row(102, 7, Status::Late),   row(103, 7, Status::Excused),
        row(104, 7, Status::LeftEarly), row(105, 7, Status::Absent), row(101, 8, Status::Absent),
        row(102, 8, Status::Present),   row(103, 9, Status::Present)}; // 9: a guest
    const AttendanceMatrix matrix(sixMeetings(), attendance, {seat(7, group), seat(8, group)});
    CHECK(*matrix.overallRate() == Approx(4.0 / 7.0));
    CHECK(matrix.attendedMembers(0) == 1);
    CHECK(matrix.attendedMembers(1) == 2);
    CHECK(matrix.attendedCount(2) == 1); // the guest
    CHECK(matrix.attendedMembers(2) == 0);
    CHECK(matrix.expectedCount(2) == 2);
    CHECK_FALSE(AttendanceMatrix({}, {}, {}).overallRate());
}
