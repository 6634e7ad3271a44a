// Every write runs in a transaction; what is not committed leaves nothing behind.
#include "StorageFixture.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

TEST_CASE("A transaction that is not committed leaves nothing behind", "[storage][transaction]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    {
        Transaction transaction(*database);
        addPerson(*database, QStringLiteral("غزنوی"));
        addPerson(*database, QStringLiteral("رقابی"));
        CHECK(people.all().size() == 2); // visible inside
    }
    CHECK(people.all().isEmpty());
    database.reopen();
    CHECK(PersonRepository(*database).all().isEmpty());
}

TEST_CASE("Committed transactions are kept, also across reopening", "[storage][transaction]")
{
    TemporaryDatabase database;
    {
        Transaction transaction(*database);
        addPerson(*database, QStringLiteral("فاضل"));
        transaction.commit();
    }
    database.reopen();
    REQUIRE(PersonRepository(*database).all().size() == 1);
}

TEST_CASE("Inner transactions are savepoints", "[storage][transaction]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    {
        Transaction outer(*database);
        addPerson(*database, QStringLiteral("عطیقه‌چیان"));
        {
            Transaction inner(*database);
            addPerson(*database, QStringLiteral("فرجامی"));
            // not committed: only the inner work is undone
        }
        {
            Transaction inner(*database);
            addPerson(*database, QStringLiteral("امینی‌نسب"));
            inner.commit();
        }
        outer.commit();
    }
    QStringList names;
    for (const Person& person : people.all())
        names.append(person.familyName);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("امینی‌نسب"),
                               QStringLiteral("عطیقه‌چیان")});
}

TEST_CASE("An error inside an outer transaction rolls all of it back", "[storage][transaction]")
{
    TemporaryDatabase database;
    PersonRepository people(*database);
    try {
        Transaction transaction(*database);
        addPerson(*database, QStringLiteral("حسینی"));
        Person nameless; // refused: a person needs a family name
        people.insert(nameless);
        transaction.commit();
        FAIL("a person without a family name was stored");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QLatin1String("family name")));
    }
    CHECK(people.all().isEmpty());
}
