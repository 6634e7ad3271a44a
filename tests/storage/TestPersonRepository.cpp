#include "StorageFixture.h"
#include "storage/AttendanceRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

Person fullPerson()
{
    Person person;
    person.familyName = QStringLiteral("عاطفی ملکی");
    person.givenName = QStringLiteral("حسن");
    person.gender = Gender::Male;
    person.title = AcademicTitle::Engineer;
    person.affiliation = QStringLiteral("کتابخانه مرکزی دانشگاه تهران");
    person.position = QStringLiteral("راهبر کارگروه");
    person.email = QStringLiteral("atefi@example.org");
    person.phone = QStringLiteral("021-6611");
    person.notes = QStringLiteral("<b>notes & \"quotes\"</b>");
    person.active = false;
    return person;
}

QStringList familyNames(const QList<Person>& people)
{
    QStringList names;
    for (const Person& person : people)
        names.append(person.familyName + QLatin1Char('/') + person.givenName);
    return names;
}

} // namespace

TEST_CASE("People are stored with every field and found again", "[storage][person]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    Person person = fullPerson();
    const Id id = people.insert(person);
    CHECK(id > 0);
    CHECK(person.id == id);
    const auto found = people.find(id);
    REQUIRE(found);
    CHECK(*found == person);
    CHECK_FALSE(people.find(id + 100));

    person.familyName = QStringLiteral("عاطفی‌ملکی");
    person.active = true;
    person.title = AcademicTitle::None;
    people.update(person);
    CHECK(*people.find(id) == person);

    people.remove(id);
    CHECK_FALSE(people.find(id));
}

TEST_CASE("Stored names are normalised: Arabic kaf and yeh become Persian", "[storage][person]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    Person person;
    person.familyName = QStringLiteral("  كاظمي  "); // Arabic kaf and yeh, stray spaces
    person.givenName = QStringLiteral("علي");
    people.insert(person);
    CHECK(person.familyName == QStringLiteral("کاظمی"));
    CHECK(people.find(person.id)->givenName == QStringLiteral("علی"));
}

TEST_CASE("People are listed in Persian alphabetical order", "[storage][person]")
{
    TemporaryDatabase database;
    // پ چ ژ ک گ have code points far above their neighbours in the alphabet (پ U+067E after
    // ت U+062A, گ U+06AF after ل U+0644): code-point order would put them late.
    for (const char* family : {"یزدانی", "لطفی", "گودرزی", "سعیدی", "چراغی", "حسینی", "آقایی",
                               "تهرانی", "پارسا", "ژیان", "بهرامی", "کاظمی", "احمدی"})
        addPerson(*database, QString::fromUtf8(family), QStringLiteral("علی"));
    addPerson(*database, QStringLiteral("احمدی"), QStringLiteral("بابک"));
    addPerson(*database, QStringLiteral("احمدی"), QStringLiteral("آرش"));
    QStringList expected;
    for (const char* name : {"آقایی/علی", "احمدی/آرش", "احمدی/بابک", "احمدی/علی", "بهرامی/علی",
                             "پارسا/علی", "تهرانی/علی", "چراغی/علی", "حسینی/علی", "ژیان/علی",
                             "سعیدی/علی", "کاظمی/علی", "گودرزی/علی", "لطفی/علی", "یزدانی/علی"})
        expected.append(QString::fromUtf8(name));
    CHECK(familyNames(PersonRepository(*database).all()) == expected);
}

TEST_CASE("People are found by name however it was typed", "[storage][person]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    const Id id =
        addPerson(*database, QStringLiteral("امینی‌نسب"), QStringLiteral("مصطفی"));
    addPerson(*database, QStringLiteral("امینی‌نسب"), QStringLiteral("زهرا"));
    addPerson(*database, QStringLiteral("امینی"), QStringLiteral("مصطفی"));

    const auto exact =
        people.findByName(QStringLiteral("امینی‌نسب"), QStringLiteral("مصطفی"));
    REQUIRE(exact.size() == 1);
    CHECK(exact.first().id == id);
    // Arabic yeh, no ZWNJ
    const auto typed = people.findByName(QStringLiteral("اميني نسب"), QStringLiteral("مصطفي"));
    REQUIRE(typed.size() == 1);
    CHECK(typed.first().id == id);
    CHECK(people.findByName(QStringLiteral("امینی‌نسب"), {}).size() == 2);
    CHECK(people.findByName(QStringLiteral("رضایی"), {}).isEmpty());
    CHECK(people.findAll({id, 999}).size() == 1);
}

TEST_CASE("A person still referred to cannot be removed", "[storage][person]")
{
    TemporaryDatabase database;
    const Id person = addPerson(*database, QStringLiteral("صادقی"));
    const Id series =
        addSeries(*database, QStringLiteral("نشست راهبران کارگروه‌ها"));
    Attendance attendance;
    attendance.meetingId = addMeeting(*database, series, QDate(2023, 4, 10));
    attendance.personId = person;
    AttendanceRepository(*database).insert(attendance);
    try {
        PersonRepository(*database).remove(person);
        FAIL("a person who attended a meeting was removed");
    } catch (const StorageError& error) {
        INFO(error.what());
        CHECK(error.userMessage().contains(QLatin1String("cannot be removed")));
        CHECK(error.userMessage().contains(QLatin1String("inactive")));
    }
    CHECK(PersonRepository(*database).find(person));
}

TEST_CASE("Updating a person who is gone is an error", "[storage][person]")
{
    TemporaryDatabase database;
    Person ghost = fullPerson();
    ghost.id = 4242;
    CHECK_THROWS_AS(PersonRepository(*database).update(ghost), StorageError);
}
