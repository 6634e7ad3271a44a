// Merging a working group into another: seats move, history stays, refusals say why, and taking
// the merge back leaves every row as it was.
#include "StorageFixture.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyMerging.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

const QDate mergeDay(2023, 9, 23); // 1402/07/01

struct TwoGroups
{
    TemporaryDatabase database;
    Id target = 0; // کارگروه منابع الکترونیکی: lead L1, member A
    Id merged = 0; // کارگروه تبادل تجربه: lead L2, A, B, C (left), D (joins later)
    Id mergedSeries = 0;
    Id targetSeries = 0;
    Id lead1 = 0, lead2 = 0, a = 0, b = 0, c = 0, d = 0;
    Id seatL2 = 0, seatA = 0, seatB = 0, seatC = 0, seatD = 0;

    TwoGroups()
    {
        target = addBody(*database, QStringLiteral("کارگروه منابع الکترونیکی"));
        merged = addBody(*database, QStringLiteral("کارگروه تبادل تجربه"));
        lead1 = addPerson(*database, QStringLiteral("طاهری"));
        lead2 = addPerson(*database, QStringLiteral("درخوش"));
        a = addPerson(*database, QStringLiteral("رقابی"));
        b = addPerson(*database, QStringLiteral("کاظمی"));
        c = addPerson(*database, QStringLiteral("فاضل"));
        d = addPerson(*database, QStringLiteral("غزنوی"));
        seat(target, lead1, MembershipRole::Lead, QDate(2020, 1, 1));
        seat(target, a, MembershipRole::Member, QDate(2020, 1, 1));
        seatL2 = seat(merged, lead2, MembershipRole::Lead, QDate(2020, 1, 1));
        seatA = seat(merged, a, MembershipRole::Member, QDate(2021, 5, 1));
        seatB = seat(merged, b, MembershipRole::Secretary, {}, QDate(2025, 3, 20));
        seatC = seat(merged, c, MembershipRole::Member, QDate(2020, 1, 1), QDate(2022, 12, 31));
        seatD = seat(merged, d, MembershipRole::Member, QDate(2024, 1, 1));
        mergedSeries = addSeries(*database, QStringLiteral("جلسه کارگروه تبادل تجربه"), merged);
        targetSeries =
            addSeries(*database, QStringLiteral("جلسه کارگروه منابع الکترونیکی"), target);
        addMeeting(*database, mergedSeries, QDate(2023, 5, 1));
        addMeeting(*database, mergedSeries, mergeDay); // the meeting that decided the merge
        addMeeting(*database, targetSeries, QDate(2023, 6, 1));
        addMeeting(*database, targetSeries, QDate(2023, 11, 1));
    }

    Id seat(Id body, Id person, MembershipRole role, QDate from, QDate until = {})
    {
        Membership membership{
            .personId = person, .bodyId = body, .role = role, .from = from, .until = until};
        return MembershipRepository(*database).insert(membership);
    }

    // Every row of the file, NULL told apart from empty text.
    QString rows()
    {
        RawSqlite raw(database.path());
        // Every row but its version, which a merge taken back moves on (it is a change too).
        QString all;
        for (const QString& table : raw.tableNames()) {
            QStringList columns = raw.columnsOf(table);
            for (const char* version : {"version", "changed_by", "changed_at"})
                columns.removeAll(QLatin1String(version));
            all += raw.dumpTable(table, columns);
        }
        return all +
               raw.dumpTable(QStringLiteral("membership"),
                             {QStringLiteral("id"), QStringLiteral("person_id"),
                              QStringLiteral("body_id"), QStringLiteral("role"),
                              QStringLiteral("quote(from_date)"),
                              QStringLiteral("quote(until_date)")}) +
               raw.dumpTable(QStringLiteral("body"),
                             {QStringLiteral("id"), QStringLiteral("quote(merged_into)"),
                              QStringLiteral("quote(merged_on)"), QStringLiteral("active")});
    }
};

const Membership* seatOf(const QList<Membership>& seats, Id person)
{
    for (const Membership& seat : seats)
        if (seat.personId == person)
            return &seat;
    return nullptr;
}

} // namespace

TEST_CASE("Merging moves the current members and keeps the merged group's history",
          "[storage][merge]")
{
    TwoGroups groups;
    Database& db = *groups.database;
    const BodyMergePlan merge = BodyMerging(db).merge(groups.merged, groups.target, mergeDay);

    const auto mergedBody = BodyRepository(db).find(groups.merged);
    REQUIRE(mergedBody);
    CHECK(mergedBody->mergedIntoId == groups.target);
    CHECK(mergedBody->mergedOn == mergeDay);
    CHECK(mergedBody->name == QStringLiteral("کارگروه تبادل تجربه"));

    MembershipRepository seats(db);
    // The merged group's seats end on the day; the one that was to start later is gone.
    CHECK(seats.find(groups.seatL2)->until == mergeDay);
    CHECK(seats.find(groups.seatA)->until == mergeDay);
    CHECK(seats.find(groups.seatB)->until == mergeDay);
    CHECK(seats.find(groups.seatC)->until == QDate(2022, 12, 31)); // left before: untouched
    CHECK_FALSE(seatOf(seats.ofBody(groups.merged), groups.d));

    const QList<Membership> target = seats.ofBody(groups.target);
    REQUIRE(target.size() == 5); // L1 and A, then L2, B and D
    // The surviving group keeps its lead: the merged group's lead joins as a member.
    REQUIRE(seatOf(target, groups.lead2));
    CHECK(seatOf(target, groups.lead2)->role == MembershipRole::Member);
    CHECK(seatOf(target, groups.lead2)->from == mergeDay);
    CHECK(seatOf(target, groups.lead2)->until.isNull());
    // The secretary keeps the role (the surviving group has none) and the end of the seat.
    REQUIRE(seatOf(target, groups.b));
    CHECK(seatOf(target, groups.b)->role == MembershipRole::Secretary);
    CHECK(seatOf(target, groups.b)->from == mergeDay);
    CHECK(seatOf(target, groups.b)->until == QDate(2025, 3, 20));
    // Joins when the seat was to start.
    REQUIRE(seatOf(target, groups.d));
    CHECK(seatOf(target, groups.d)->from == QDate(2024, 1, 1));
    // Already a member: keeps the seat from 2020.
    CHECK(seatOf(target, groups.a)->from == QDate(2020, 1, 1));
    CHECK(merge.alreadyMembers == QList<Id>{groups.a});
    CHECK(merge.joinAsMembers == QList<Id>{groups.lead2});
    CHECK(merge.newSeats.size() == 3);
    CHECK_FALSE(seatOf(target, groups.c));

    // The series and its meetings stay with the merged group, under its name.
    CHECK(MeetingSeriesRepository(db).find(groups.mergedSeries)->bodyId == groups.merged);
    CHECK(MeetingRepository(db).ofSeries(groups.mergedSeries).size() == 2);
}

TEST_CASE("Taking a merge back leaves every row as it was", "[storage][merge][sqlite]")
{
    TwoGroups groups;
    Database& db = *groups.database;
    const QString before = groups.rows();
    BodyMerging merging(db);
    BodyMergePlan merge = merging.merge(groups.merged, groups.target, mergeDay);
    CHECK(groups.rows() != before);
    merging.unmerge(merge);
    CHECK(groups.rows() == before);

    // Again, as undo and redo do: the seat removed comes back with its own id every time.
    merge = merging.merge(groups.merged, groups.target, mergeDay);
    merging.unmerge(merge);
    CHECK(groups.rows() == before);
    CHECK(MembershipRepository(db).find(groups.seatD)->from == QDate(2024, 1, 1));

    // A body no longer merged as recorded is not "unmerged" blindly.
    merge = merging.merge(groups.merged, groups.target, mergeDay);
    Body body = *BodyRepository(db).find(groups.merged);
    body.mergedOn = QDate(2023, 10, 1);
    BodyRepository(db).update(body);
    CHECK_THROWS_AS(merging.unmerge(merge), StorageError);
}

TEST_CASE("Merges that make no sense are refused with a reason, and nothing changes",
          "[storage][merge][sqlite]")
{
    TwoGroups groups;
    Database& db = *groups.database;
    BodyMerging merging(db);
    using Refusal = BodyMergePlan::Refusal;
    auto refusalOf = [&](Id body, Id into, QDate on) {
        return merging.plan(body, into, on).refusal;
    };
    auto messageOf = [&](Id body, Id into, QDate on) {
        try {
            merging.merge(body, into, on);
        } catch (const StorageError& error) {
            return error.userMessage();
        }
        FAIL("the merge was not refused");
        return QString();
    };

    CHECK(refusalOf(groups.merged, groups.merged, mergeDay) == Refusal::SameBody);
    CHECK(messageOf(groups.merged, groups.merged, mergeDay).contains(QStringLiteral("itself")));
    CHECK(refusalOf(groups.merged, groups.target, QDate()) == Refusal::NoDate);
    // It met on 1402/08/10, after 1402/07/01 would leave it merged while meeting.
    addMeeting(db, groups.mergedSeries, QDate(2023, 11, 1));
    CHECK(refusalOf(groups.merged, groups.target, mergeDay) == Refusal::MetAfterwards);
    const QString before = groups.rows();
    CHECK(messageOf(groups.merged, groups.target, mergeDay).contains(QStringLiteral("۱۴۰۲/۰۸/۱۰")));
    CHECK(groups.rows() == before);

    const QDate later(2023, 12, 1);
    merging.merge(groups.merged, groups.target, later);
    CHECK(refusalOf(groups.merged, groups.target, later) == Refusal::AlreadyMerged);
    CHECK(messageOf(groups.merged, groups.target, later)
              .contains(QStringLiteral("کارگروه منابع الکترونیکی")));
    // The survivor cannot now be merged into the group it absorbed...
    CHECK(refusalOf(groups.target, groups.merged, later) == Refusal::Circle);
    // ...and a third group joins the survivor, not the merged group.
    const Id third = addBody(db, QStringLiteral("کارگروه آموزش"));
    CHECK(refusalOf(third, groups.merged, later) == Refusal::IntoMerged);
    CHECK(messageOf(third, groups.merged, later)
              .contains(QStringLiteral("کارگروه منابع الکترونیکی")));
    CHECK(refusalOf(third, groups.target, later) == Refusal::None);
    CHECK_THROWS_AS(merging.plan(third, 9999, later), StorageError);
}

TEST_CASE("After a merge, the survivor's attendance review includes the merged group's meetings",
          "[storage][merge][attendance]")
{
    TwoGroups groups;
    Database& db = *groups.database;
    const QDate from(2023, 3, 21);
    const QDate to(2024, 3, 19);
    CHECK(AttendanceReviewRepository(db).load(groups.target, from, to).meetings.size() == 2);
    BodyMerging(db).merge(groups.merged, groups.target, mergeDay);
    const AttendanceReview review = AttendanceReviewRepository(db).load(groups.target, from, to);
    CHECK(review.bodyIds == QList<Id>{groups.target, groups.merged});
    QList<Id> bodiesOfMeetings;
    for (const MatrixMeeting& meeting : review.meetings)
        bodiesOfMeetings.append(meeting.bodyId);
    // By date: the merged group's two meetings (the last on the day of the merge) among the
    // survivor's.
    CHECK(bodiesOfMeetings ==
          QList<Id>{groups.merged, groups.target, groups.merged, groups.target});
    // B was a member of the merged group at its meetings, and of the survivor's after.
    const AttendanceMatrix matrix = review.matrix();
    const int row = matrix.rowOf(groups.b);
    REQUIRE(row >= 0);
    CHECK(matrix.summary(row).expected == 3); // two meetings before (seat had no start), one after
}
