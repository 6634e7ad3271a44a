#include "StorageFixture.h"
#include "storage/AttendanceRepository.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MembershipRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;
using Status = AttendanceStatus;

namespace {

// A working group ("education") with a group merged into it on 2023-06-01 ("research"), and an
// unrelated group; meetings through Jalali 1402 (2023-03-21 .. 2024-03-19) and one after.
struct ReviewFixture
{
    TemporaryDatabase database;
    Id education = addBody(*database, QStringLiteral("کارگروه آموزش"));
    Id research = addBody(*database, QStringLiteral("کارگروه پژوهش"));
    Id other = addBody(*database, QStringLiteral("کارگروه دیگر"));
    Id silent = addBody(*database, QStringLiteral("کارگروه خاموش"));
    Id educationSeries = addSeries(*database, QStringLiteral("جلسات آموزش"), education);
    Id researchSeries = addSeries(*database, QStringLiteral("جلسات پژوهش"), research);
    Id otherSeries = addSeries(*database, QStringLiteral("جلسات دیگر"), other);
    Id researchMeeting = addMeeting(*database, researchSeries, QDate(2023, 4, 15));
    Id first = addMeeting(*database, educationSeries, QDate(2023, 5, 10));
    Id second = addMeeting(*database, educationSeries, QDate(2023, 7, 10));
    Id third = addMeeting(*database, educationSeries, QDate(2023, 9, 10));
    Id fourth = addMeeting(*database, educationSeries, QDate(2023, 11, 10));
    Id nextYear = addMeeting(*database, educationSeries, QDate(2024, 5, 1));
    Id otherMeeting = addMeeting(*database, otherSeries, QDate(2023, 6, 1));
    Id alwaysMember = addPerson(*database, QStringLiteral("احمدی"), QStringLiteral("سارا"));
    Id movedOver = addPerson(*database, QStringLiteral("بهرامی"), QStringLiteral("علی"));
    Id joinedLater = addPerson(*database, QStringLiteral("توکلی"), QStringLiteral("مریم"));
    Id guest = addPerson(*database, QStringLiteral("جعفری"), QStringLiteral("رضا"));

    ReviewFixture()
    {
        BodyRepository bodies(*database);
        Body merged = *bodies.find(research);
        merged.mergedIntoId = education;
        merged.mergedOn = QDate(2023, 6, 1);
        bodies.update(merged);

        MembershipRepository seats(*database);
        Membership seat{.personId = alwaysMember, .bodyId = education, .from = QDate(2022, 1, 1)};
        seats.insert(seat);
        seat = {.personId = movedOver,
                .bodyId = research,
                .from = QDate(2022, 1, 1),
                .until = QDate(2023, 6, 1)};
        seats.insert(seat);
        seat = {.personId = movedOver, .bodyId = education, .from = QDate(2023, 6, 2)};
        seats.insert(seat);
        seat = {.personId = joinedLater, .bodyId = education, .from = QDate(2023, 8, 1)};
        seats.insert(seat);
        seat = {.personId = guest, .bodyId = other, .from = QDate(2022, 1, 1)};
        seats.insert(seat);

        mark(first, alwaysMember, Status::Present);
        mark(second, alwaysMember, Status::Late, 15);
        mark(third, alwaysMember, Status::Excused);
        mark(fourth, alwaysMember, Status::Absent);
        mark(nextYear, alwaysMember, Status::Absent);
        mark(researchMeeting, movedOver, Status::Present);
        mark(second, movedOver, Status::Absent);
        mark(third, movedOver, Status::Absent);
        mark(fourth, movedOver, Status::Absent);
        mark(second, joinedLater, Status::Present); // before joining: as a guest
        mark(third, joinedLater, Status::Present);
        mark(fourth, joinedLater, Status::LeftEarly);
        mark(first, guest, Status::Present);
        mark(otherMeeting, guest, Status::Present);
    }

    void mark(Id meeting, Id person, Status status, int minutesLate = 0)
    {
        Attendance row{
            .meetingId = meeting, .personId = person, .status = status, .minutesLate = minutesLate};
        AttendanceRepository(*database).insert(row);
    }
};

const QDate year1402Start(2023, 3, 21);
const QDate year1402End(2024, 3, 19);

} // namespace

TEST_CASE("A body's year includes the meetings of the group merged into it",
          "[storage][attendance-review]")
{
    ReviewFixture f;
    const auto review =
        AttendanceReviewRepository(*f.database).load(f.education, year1402Start, year1402End);
    CHECK(review.bodyIds == QList<Id>{f.education, f.research});
    QList<Id> meetingIds;
    for (const MatrixMeeting& meeting : review.meetings) {
        meetingIds.append(meeting.id);
        CHECK(meeting.jalaliYear == 1402);
    }
    CHECK(meetingIds == QList<Id>{f.researchMeeting, f.first, f.second, f.third, f.fourth});

    const AttendanceMatrix matrix = review.matrix();
    CHECK(matrix.people() == QList<Id>{f.alwaysMember, f.movedOver, f.joinedLater});

    // Present, late, excused, absent: 2 attended of 4; of the 3 not excused, 2.
    const AttendanceSummary& always = matrix.summary(matrix.rowOf(f.alwaysMember));
    CHECK(always.expected == 4);
    CHECK(*always.rate() == Approx(2.0 / 4.0));
    CHECK(*always.rateExcludingExcused() == Approx(2.0 / 3.0));
    CHECK(always.late == 1);

    // In the research group for its meeting, then in education from the second meeting on.
    const int moved = matrix.rowOf(f.movedOver);
    CHECK(matrix.cell(moved, 0).expected);
    CHECK_FALSE(matrix.cell(moved, 1).expected);
    CHECK(matrix.summary(moved).expected == 4);
    CHECK(*matrix.summary(moved).rate() == Approx(1.0 / 4.0));

    // Joined on 2023-08-01: only the third and fourth meetings count; the visit before is a
    // guest's.
    const int joined = matrix.rowOf(f.joinedLater);
    CHECK_FALSE(matrix.cell(joined, 2).expected);
    CHECK(matrix.cell(joined, 2).status == Status::Present);
    CHECK(matrix.summary(joined).expected == 2);
    CHECK(*matrix.summary(joined).rate() == Approx(1.0));

    // Head counts: the first meeting had the member and a guest.
    CHECK(matrix.attendedCount(1) == 2);
    CHECK(matrix.attendedCount(2) == 2);

    const auto alerts = matrix.absenceAlerts();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].personId == f.movedOver);
    CHECK(alerts[0].meetingIds == QList<Id>{f.second, f.third, f.fourth});

    // The people named come with the review, the guest included.
    QList<Id> named;
    for (const Person& person : review.people)
        named.append(person.id);
    CHECK(named == QList<Id>{f.alwaysMember, f.movedOver, f.joinedLater, f.guest});
}

TEST_CASE("Without merged bodies only the body's own meetings count",
          "[storage][attendance-review]")
{
    ReviewFixture f;
    const auto review = AttendanceReviewRepository(*f.database)
                            .load(f.education, year1402Start, year1402End, false);
    CHECK(review.bodyIds == QList<Id>{f.education});
    CHECK(review.meetings.size() == 4);
    const AttendanceMatrix matrix = review.matrix();
    CHECK(matrix.summary(matrix.rowOf(f.movedOver)).expected == 3);
    CHECK(matrix.summary(matrix.rowOf(f.movedOver)).attended() == 0);
}

TEST_CASE("A period with no meetings gives an empty matrix", "[storage][attendance-review]")
{
    ReviewFixture f;
    const auto review = AttendanceReviewRepository(*f.database)
                            .load(f.education, QDate(2020, 1, 1), QDate(2020, 12, 31));
    CHECK(review.meetings.isEmpty());
    CHECK(review.matrix().people().isEmpty());
}

TEST_CASE("Bodies that have not met lately", "[storage][attendance-review]")
{
    ReviewFixture f;
    const auto last = AttendanceReviewRepository(*f.database).lastMeetings();
    REQUIRE(last.size() == 4);
    CHECK(last[0].lastMeeting == QDate(2024, 5, 1));
    CHECK(last[1].lastMeeting == QDate(2023, 4, 15));
    CHECK(last[3].lastMeeting.isNull());
    CHECK(bodiesWithoutMeetings(last, QDate(2024, 6, 1), 6) ==
          QList<Id>{f.research, f.other, f.silent});
    // By 2024-01-01 the education group's last meeting was the fourth, not the one of May.
    const auto byNewYear = AttendanceReviewRepository(*f.database).lastMeetings(QDate(2024, 1, 1));
    CHECK(byNewYear[0].lastMeeting == QDate(2023, 11, 10));
    CHECK(byNewYear[3].lastMeeting.isNull());
    const auto span = MeetingRepository(*f.database).heldPeriod();
    CHECK(span.first == QDate(2023, 4, 15));
    CHECK(span.second == QDate(2024, 5, 1));
}

TEST_CASE("A series' meetings: its body's members, or for a series of no body the invited",
          "[storage][attendance-review]")
{
    ReviewFixture f;
    SECTION("a body's series has its body's members as rows")
    {
        const auto review = AttendanceReviewRepository(*f.database)
                                .loadSeries(f.educationSeries, year1402Start, year1402End);
        CHECK(review.seriesId == f.educationSeries);
        CHECK(review.bodyIds == QList<Id>{f.education});
        CHECK(review.meetings.size() == 4);
        const AttendanceMatrix matrix = review.matrix();
        CHECK(matrix.people() == QList<Id>{f.alwaysMember, f.movedOver, f.joinedLater});
        CHECK(*matrix.summary(matrix.rowOf(f.alwaysMember)).rate() == Approx(2.0 / 4.0));
    }
    SECTION("a series of no body expects whoever was invited, not its guests")
    {
        const Id leadsSeries = addSeries(*f.database, QStringLiteral("نشست راهبران"));
        const Id first = addMeeting(*f.database, leadsSeries, QDate(2023, 6, 5));
        const Id second = addMeeting(*f.database, leadsSeries, QDate(2023, 8, 5));
        Attendance lead{.meetingId = first,
                        .personId = f.alwaysMember,
                        .role = AttendanceRole::Lead,
                        .status = Status::Present};
        AttendanceRepository(*f.database).insert(lead);
        lead = {.meetingId = second,
                .personId = f.alwaysMember,
                .role = AttendanceRole::Lead,
                .status = Status::Excused,
                .reason = QStringLiteral("بیماری")};
        AttendanceRepository(*f.database).insert(lead);
        Attendance guest{.meetingId = first,
                         .personId = f.guest,
                         .role = AttendanceRole::Guest,
                         .status = Status::Present};
        AttendanceRepository(*f.database).insert(guest);

        const auto review = AttendanceReviewRepository(*f.database)
                                .loadSeries(leadsSeries, year1402Start, year1402End);
        CHECK(review.bodyIds.isEmpty());
        CHECK(review.memberships.isEmpty());
        REQUIRE(review.meetings.size() == 2);
        CHECK(review.meetings[0].bodyId == 0);
        const AttendanceMatrix matrix = review.matrix();
        CHECK(matrix.people() == QList<Id>{f.alwaysMember});
        CHECK(matrix.role(0) == MembershipRole::Lead);
        CHECK(matrix.cell(0, 1).reason == QStringLiteral("بیماری"));
        CHECK(*matrix.summary(0).rate() == Approx(0.5));
        CHECK(*matrix.summary(0).rateExcludingExcused() == Approx(1.0));
        CHECK(matrix.attendedCount(0) == 2);
        CHECK(matrix.attendedMembers(0) == 1);
    }
}
