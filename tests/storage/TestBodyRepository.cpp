#include "StorageFixture.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

TEST_CASE("Bodies are stored, found, updated and removed", "[storage][body]")
{
    TemporaryDatabase database;
    BodyRepository bodies(*database);
    Body committee;
    committee.name = QStringLiteral("کمیته راهبری");
    committee.kind = BodyKind::SteeringCommittee;
    committee.description = QStringLiteral("هماهنگی شبکه");
    bodies.insert(committee);
    REQUIRE(bodies.find(committee.id));
    CHECK(*bodies.find(committee.id) == committee);

    committee.description = QStringLiteral("هماهنگی و پیگیری");
    bodies.update(committee);
    CHECK(bodies.find(committee.id)->description == QStringLiteral("هماهنگی و پیگیری"));
    bodies.remove(committee.id);
    CHECK_FALSE(bodies.find(committee.id));
}

TEST_CASE("A merged working group keeps its name and points at the group it joined",
          "[storage][body]")
{
    TemporaryDatabase database;
    BodyRepository bodies(*database);
    const Id target = addBody(*database, QStringLiteral("کارگروه منابع الکترونیکی"));
    Body merged;
    merged.name = QStringLiteral("کارگروه تبادل تجربه");
    bodies.insert(merged);
    merged.mergedIntoId = target;
    merged.mergedOn = QDate(2023, 9, 23);
    merged.active = false;
    bodies.update(merged);
    const auto found = bodies.find(merged.id);
    REQUIRE(found);
    CHECK(found->isMerged());
    CHECK(found->mergedIntoId == target);
    CHECK(found->mergedOn == QDate(2023, 9, 23));
    CHECK(found->name == QStringLiteral("کارگروه تبادل تجربه"));
    // The group it joined cannot go while the history points at it.
    CHECK_THROWS_AS(bodies.remove(target), StorageError);
}

TEST_CASE("Bodies are listed in Persian order and found by name as typed", "[storage][body]")
{
    TemporaryDatabase database;
    addBody(*database, QStringLiteral("کارگروه منابع الکترونیکی"));
    addBody(*database, QStringLiteral("کارگروه آموزش"));
    addBody(*database, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    addBody(*database, QStringLiteral("کارگروه پژوهش"));
    BodyRepository bodies(*database);
    QStringList names;
    for (const Body& body : bodies.all())
        names.append(body.name);
    CHECK(names == QStringList{QStringLiteral("کارگروه آموزش"), QStringLiteral("کارگروه پژوهش"),
                               QStringLiteral("کارگروه منابع الکترونیکی"),
                               QStringLiteral("کمیته راهبری")});
    const auto found = bodies.findByName(QStringLiteral("كميته راهبري")); // Arabic kaf and yeh
    REQUIRE(found);
    CHECK(found->kind == BodyKind::SteeringCommittee);
    CHECK_FALSE(bodies.findByName(QStringLiteral("کارگروه ادغام")));
}

TEST_CASE("Two bodies cannot share a name, however it is typed", "[storage][body]")
{
    TemporaryDatabase database;
    addBody(*database, QStringLiteral("کارگروه کتابخانه‌های دیجیتال"));
    Body twin;
    twin.name = QStringLiteral("كارگروه كتابخانه هاي ديجيتال");
    try {
        BodyRepository(*database).insert(twin);
        FAIL("a second body with the same name was stored");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QLatin1String("already exists")));
    }
    CHECK(BodyRepository(*database).all().size() == 1);
}

TEST_CASE("Memberships hold roles and periods", "[storage][membership]")
{
    TemporaryDatabase database;
    const Id body = addBody(*database, QStringLiteral("کارگروه آموزش"));
    const Id lead = addPerson(*database, QStringLiteral("درخوش"));
    const Id member = addPerson(*database, QStringLiteral("صادقی"));
    MembershipRepository memberships(*database);

    Membership leadSeat{0, lead, body, MembershipRole::Lead, QDate(2022, 3, 21), QDate()};
    Membership memberSeat{
        0, member, body, MembershipRole::Member, QDate(2021, 3, 21), QDate(2022, 12, 31)};
    memberships.insert(leadSeat);
    memberships.insert(memberSeat);
    CHECK(leadSeat.id > 0);
    REQUIRE(memberships.find(leadSeat.id));
    CHECK(*memberships.find(leadSeat.id) == leadSeat);

    CHECK(memberships.ofBody(body) == QList<Membership>{memberSeat, leadSeat}); // by start
    CHECK(memberships.ofPerson(lead) == QList<Membership>{leadSeat});
    CHECK(memberships.currentOn(body, QDate(2022, 6, 1)).size() == 2);
    CHECK(memberships.currentOn(body, QDate(2023, 6, 1)) == QList<Membership>{leadSeat});
    CHECK(memberships.currentOn(body, QDate(2021, 6, 1)) == QList<Membership>{memberSeat});

    memberSeat.role = MembershipRole::Deputy;
    memberSeat.until = QDate();
    memberships.update(memberSeat);
    CHECK(memberships.currentOn(body, QDate(2024, 1, 1)).size() == 2);
    memberships.remove(memberSeat.id);
    CHECK(memberships.ofBody(body) == QList<Membership>{leadSeat});
}
