#include "StorageFixture.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

TEST_CASE("Attendance rows are stored with every field", "[storage][attendance]")
{
    TemporaryDatabase database;
    const Id group = addBody(*database, QStringLiteral("کارگروه تبادل تجربه"));
    const Id person = addPerson(*database, QStringLiteral("حسینی"));
    const Id meeting = addMeeting(*database, addSeries(*database, QStringLiteral("نشست راهبران")),
                                  QDate(2023, 4, 10));
    AttendanceRepository attendance(*database);
    Attendance row{.meetingId = meeting,
                   .personId = person,
                   .role = AttendanceRole::Lead,
                   .status = AttendanceStatus::Late,
                   .reason = QStringLiteral("ترافیک"),
                   .minutesLate = 15,
                   .representsBodyId = group};
    attendance.insert(row);
    REQUIRE(attendance.find(row.id));
    CHECK(*attendance.find(row.id) == row);

    row.status = AttendanceStatus::Excused;
    row.minutesLate = 0;
    row.reason = QStringLiteral("سفر کاری");
    attendance.update(row);
    CHECK(*attendance.find(row.id) == row);
    CHECK(attendance.ofPerson(person) == QList<Attendance>{row});
    attendance.remove(row.id);
    CHECK(attendance.ofMeeting(meeting).isEmpty());
}

TEST_CASE("A person is listed once per meeting", "[storage][attendance]")
{
    TemporaryDatabase database;
    const Id person = addPerson(*database, QStringLiteral("حسینی"));
    const Id meeting = addMeeting(*database, addSeries(*database, QStringLiteral("نشست راهبران")),
                                  QDate(2023, 4, 10));
    AttendanceRepository attendance(*database);
    Attendance first{.meetingId = meeting, .personId = person};
    attendance.insert(first);
    Attendance again{.meetingId = meeting, .personId = person, .role = AttendanceRole::Guest};
    try {
        attendance.insert(again);
        FAIL("a person was listed twice");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QLatin1String("already on the attendance list")));
    }
    CHECK(again.id == 0);
}

TEST_CASE("A whole body is added at once, with its current members only", "[storage][attendance]")
{
    TemporaryDatabase database;
    const Id committee =
        addBody(*database, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    const Id series = addSeries(*database, QStringLiteral("جلسه کمیته راهبری"), committee);
    const Id meeting = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id member = addPerson(*database, QStringLiteral("رقابی"));
    const Id lead = addPerson(*database, QStringLiteral("غزنوی"));
    const Id former = addPerson(*database, QStringLiteral("فاضل"));
    const Id future = addPerson(*database, QStringLiteral("فرجامی"));
    const Id listed = addPerson(*database, QStringLiteral("عطیقه‌چیان"));
    Person retired;
    retired.familyName = QStringLiteral("بازنشسته");
    retired.active = false;
    PersonRepository(*database).insert(retired);

    MembershipRepository memberships(*database);
    for (Membership seat :
         {Membership{0, member, committee, MembershipRole::Member, QDate(2020, 1, 1), QDate()},
          Membership{0, lead, committee, MembershipRole::Lead, QDate(2021, 1, 1), QDate()},
          Membership{0, lead, committee, MembershipRole::Member, QDate(2019, 1, 1),
                     QDate(2020, 12, 31)},
          Membership{0, former, committee, MembershipRole::Member, QDate(2019, 1, 1),
                     QDate(2022, 12, 31)},
          Membership{0, future, committee, MembershipRole::Member, QDate(2023, 5, 1), QDate()},
          Membership{0, listed, committee, MembershipRole::Secretary, QDate(2020, 1, 1), QDate()},
          Membership{0, retired.id, committee, MembershipRole::Member, QDate(2020, 1, 1), QDate()}})
        memberships.insert(seat);

    AttendanceRepository attendance(*database);
    Attendance excused{
        .meetingId = meeting, .personId = listed, .status = AttendanceStatus::Excused};
    attendance.insert(excused);
    attendance.addBodyMembers(meeting, committee, AttendanceRole::SteeringCommittee);

    const auto rows = attendance.ofMeeting(meeting);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == excused);       // already listed: left as it was
    CHECK(rows[1].personId == lead); // leads first
    CHECK(rows[2].personId == member);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        CHECK(rows[i].role == AttendanceRole::SteeringCommittee);
        CHECK(rows[i].status == AttendanceStatus::Present);
        CHECK(rows[i].representsBodyId == committee);
    }
    // Adding again changes nothing.
    attendance.addBodyMembers(meeting, committee, AttendanceRole::SteeringCommittee);
    CHECK(attendance.ofMeeting(meeting) == rows);
    CHECK_THROWS_AS(attendance.addBodyMembers(987654, committee, AttendanceRole::Member),
                    StorageError);
}

TEST_CASE("All working-group leads are added at once, each representing the group",
          "[storage][attendance]")
{
    TemporaryDatabase database;
    const QDate day(2023, 4, 10); // 1402/01/21
    const Id meeting =
        addMeeting(*database, addSeries(*database, QStringLiteral("نشست راهبران")), day);
    BodyRepository bodies(*database);
    const Id resources = addBody(*database, QStringLiteral("کارگروه منابع الکترونیکی"));
    const Id cataloguing =
        addBody(*database, QStringLiteral("کارگروه فهرست‌نویسی"));
    const Id sharing = addBody(*database, QStringLiteral("کارگروه اشتراک تجربیات"));
    const Id committee =
        addBody(*database, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    Body mergedBefore{.name = QStringLiteral("کارگروه نشریات ادواری"),
                      .mergedIntoId = resources,
                      .mergedOn = QDate(2023, 3, 1)};
    bodies.insert(mergedBefore);
    Body mergedAfter{.name = QStringLiteral("کارگروه ارزیابی"),
                     .mergedIntoId = resources,
                     .mergedOn = QDate(2023, 6, 1)};
    bodies.insert(mergedAfter);
    Body mergedSomeDay{.name = QStringLiteral("کارگروه پژوهش"), .mergedIntoId = resources};
    bodies.insert(mergedSomeDay);
    Body inactive{.name = QStringLiteral("کارگروه خفته"), .active = false};
    bodies.insert(inactive);

    const Id darkhosh = addPerson(*database, QStringLiteral("درخوش"));
    const Id abdollahpour = addPerson(*database, QStringLiteral("عبدالله‌پور"));
    const Id kazemi = addPerson(*database, QStringLiteral("کاظمی"));
    const Id nowruzi = addPerson(*database, QStringLiteral("نوروزی"));
    const Id karimi = addPerson(*database, QStringLiteral("کریمی"));
    const Id hosseini = addPerson(*database, QStringLiteral("حسینی"));
    const Id yazdani = addPerson(*database, QStringLiteral("یزدانی"));
    const Id ghaznavi = addPerson(*database, QStringLiteral("غزنوی"));
    const Id ahmadi = addPerson(*database, QStringLiteral("احمدی"));
    const Id sadeghi = addPerson(*database, QStringLiteral("صادقی"));
    const Id sleeper = addPerson(*database, QStringLiteral("خوابیده"));
    const Id someday = addPerson(*database, QStringLiteral("روزی"));
    Person retired{.familyName = QStringLiteral("بازنشسته"), .active = false};
    PersonRepository(*database).insert(retired);

    const QDate founded(2022, 10, 23);
    MembershipRepository memberships(*database);
    using Role = MembershipRole;
    for (Membership seat : {
             // Darkhosh leads two groups: listed once, for the first group created.
             Membership{0, darkhosh, resources, Role::Lead, founded, QDate()},
             Membership{0, darkhosh, cataloguing, Role::Lead, founded, QDate()},
             Membership{0, abdollahpour, cataloguing, Role::Lead, founded, QDate()},
             Membership{0, ahmadi, resources, Role::Member, founded, QDate()},
             Membership{0, kazemi, sharing, Role::Lead, founded, QDate()},
             Membership{0, nowruzi, sharing, Role::Lead, founded, QDate()},
             Membership{0, sadeghi, sharing, Role::Lead, founded, QDate(2023, 3, 20)},
             Membership{0, retired.id, sharing, Role::Lead, founded, QDate()},
             Membership{0, hosseini, sharing, Role::Lead, QDate(2023, 5, 1), QDate()},
             Membership{0, karimi, mergedBefore.id, Role::Lead, founded, QDate()},
             Membership{0, yazdani, mergedAfter.id, Role::Lead, founded, QDate()},
             Membership{0, someday, mergedSomeDay.id, Role::Lead, founded, QDate()},
             Membership{0, sleeper, inactive.id, Role::Lead, founded, QDate()},
             Membership{0, ghaznavi, committee, Role::Lead, founded, QDate()},
         })
        memberships.insert(seat);

    AttendanceRepository attendance(*database);
    Attendance excused{
        .meetingId = meeting, .personId = nowruzi, .status = AttendanceStatus::Excused};
    attendance.insert(excused);
    attendance.addWorkingGroupLeads(meeting, AttendanceRole::Lead);

    const QList<Attendance> rows = attendance.ofMeeting(meeting);
    QList<Id> people;
    QList<std::optional<Id>> represented;
    for (const Attendance& row : rows) {
        people.append(row.personId);
        represented.append(row.representsBodyId);
    }
    CHECK(people == QList<Id>{nowruzi, darkhosh, abdollahpour, kazemi, yazdani});
    CHECK(represented ==
          QList<std::optional<Id>>{std::nullopt, resources, cataloguing, sharing, mergedAfter.id});
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == excused); // already listed: left as it was
    for (qsizetype i = 1; i < rows.size(); ++i) {
        CHECK(rows[i].role == AttendanceRole::Lead);
        CHECK(rows[i].status == AttendanceStatus::Present);
    }

    // Adding again changes nothing; a meeting that is gone is refused.
    attendance.addWorkingGroupLeads(meeting, AttendanceRole::Lead);
    CHECK(attendance.ofMeeting(meeting) == rows);
    CHECK_THROWS_AS(attendance.addWorkingGroupLeads(987654, AttendanceRole::Lead), StorageError);
}

TEST_CASE("Working-group leads are those of the meeting's date", "[storage][attendance]")
{
    TemporaryDatabase database;
    const Id series = addSeries(*database, QStringLiteral("نشست راهبران"));
    const Id before = addMeeting(*database, series, QDate(2023, 3, 1));
    const Id after = addMeeting(*database, series, QDate(2023, 4, 10));
    const Id group = addBody(*database, QStringLiteral("کارگروه ارزیابی و استانداردها"));
    const Id yazdani = addPerson(*database, QStringLiteral("یزدانی"));
    const Id hosseini = addPerson(*database, QStringLiteral("حسینی"));
    MembershipRepository memberships(*database);
    Membership old{
        0, yazdani, group, MembershipRole::Lead, QDate(2022, 10, 23), QDate(2023, 3, 20)};
    Membership successor{0, hosseini, group, MembershipRole::Lead, QDate(2023, 3, 21), QDate()};
    memberships.insert(old);
    memberships.insert(successor);

    AttendanceRepository attendance(*database);
    attendance.addWorkingGroupLeads(before, AttendanceRole::Lead);
    attendance.addWorkingGroupLeads(after, AttendanceRole::Lead);
    REQUIRE(attendance.ofMeeting(before).size() == 1);
    CHECK(attendance.ofMeeting(before)[0].personId == yazdani);
    REQUIRE(attendance.ofMeeting(after).size() == 1);
    CHECK(attendance.ofMeeting(after)[0].personId == hosseini);
}

TEST_CASE("A body's attendance over a period", "[storage][attendance]")
{
    TemporaryDatabase database;
    const Id group = addBody(*database, QStringLiteral("کارگروه آموزش"));
    const Id other = addBody(*database, QStringLiteral("کارگروه پژوهش"));
    const Id groupSeries = addSeries(*database, QStringLiteral("نشست کارگروه آموزش"), group);
    const Id otherSeries = addSeries(*database, QStringLiteral("نشست کارگروه پژوهش"), other);
    const Id person = addPerson(*database, QStringLiteral("صادقی"));
    AttendanceRepository attendance(*database);
    QList<Id> inYear;
    for (const QDate& day :
         {QDate(2022, 12, 1), QDate(2023, 3, 1), QDate(2023, 9, 1), QDate(2024, 1, 5)}) {
        Attendance row{.meetingId = addMeeting(*database, groupSeries, day), .personId = person};
        attendance.insert(row);
        if (day.year() == 2023)
            inYear.append(row.id);
        Attendance elsewhere{.meetingId = addMeeting(*database, otherSeries, day),
                             .personId = person};
        attendance.insert(elsewhere);
    }
    QList<Id> found;
    for (const Attendance& row :
         attendance.ofBodyBetween(group, QDate(2023, 1, 1), QDate(2023, 12, 31)))
        found.append(row.id);
    CHECK(found == inYear);
}
