// Every write runs in a transaction; what is not committed leaves nothing behind.
#include "StorageFixture.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/StorageError.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
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

TEST_CASE("A write to a file moved or removed under the connection is refused",
          "[storage][transaction][sqlite]")
{
    TemporaryDatabase database;
    addPerson(*database, QStringLiteral("غزنوی"));
    const QString movedTo = database.folder() + QStringLiteral("/moved.jalaseh");

    SECTION("moved before the transaction began")
    {
        REQUIRE(QFile::rename(database.path(), movedTo));
        try {
            Transaction transaction(*database);
            FAIL("the transaction began");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QStringLiteral("no longer where it was opened")));
            CHECK_FALSE(error.whatToDo().isEmpty());
        }
    }
    SECTION("moved between BEGIN and COMMIT: rolled back, not written to the moved file")
    {
        {
            Transaction transaction(*database);
            addPerson(*database, QStringLiteral("رقابی"));
            REQUIRE(QFile::rename(database.path(), movedTo));
            CHECK_THROWS_AS(transaction.commit(), StorageError);
        }
        database.close();
        // Put back (SQLite keeps the journal by the old name), it holds only what was committed.
        REQUIRE(QFile::rename(movedTo, database.path()));
        REQUIRE(database.reopen().problem == OpenProblem::None);
        CHECK(PersonRepository(*database).all().size() == 1);
    }
    SECTION("removed")
    {
        REQUIRE(QFile::remove(database.path()));
        CHECK_THROWS_AS(addPerson(*database, QStringLiteral("رقابی")), StorageError);
    }
    SECTION("replaced by a copy")
    {
        const QString copy = database.folder() + QStringLiteral("/copy.jalaseh");
        REQUIRE(QFile::copy(database.path(), copy));
        REQUIRE(QFile::remove(database.path()));
        REQUIRE(QFile::rename(copy, database.path()));
        try {
            database->checkFileInPlace();
            FAIL("a replaced file passed");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QStringLiteral("replaced by another file")));
        }
    }
}
