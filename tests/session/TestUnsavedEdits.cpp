// Edits the file kept from being saved: a full disk (SQLite's page limit gives the same
// SQLITE_FULL), a file made read-only or removed under the open session. The session keeps each
// such edit instead of dropping it, makes it when asked again, or moves to a copy of the
// database written elsewhere and makes it there; what was saved before is never lost.
#include "SessionFixture.h"
#include "session/commands/InsertRowCommand.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QUndoStack>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

const QString keptName = QStringLiteral("نگه‌داشته");

bool perform(session::DatabaseSession& session, const QString& familyName)
{
    Person person;
    person.familyName = familyName;
    return session.perform(
        new session::InsertRowCommand<Person>(session, person, QStringLiteral("Add a person")));
}

int peopleNamed(storage::Database& database, const QString& familyName)
{
    int found = 0;
    for (const Person& person : storage::PersonRepository(database).all())
        found += person.familyName == familyName ? 1 : 0;
    return found;
}

int peopleNamed(const QString& path, const QString& familyName)
{
    auto opened = storage::Database::open(path);
    REQUIRE(opened.database);
    return peopleNamed(*opened.database, familyName);
}

void limitPages(storage::Database& database, qint64 pages)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();
}

qint64 pageCount(storage::Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE((query.exec(QStringLiteral("PRAGMA page_count")) && query.next()));
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("An edit a full disk refused is kept, and made when tried again", "[session][unsaved]")
{
    SessionDatabase file(SessionDatabase::Content::Empty);
    auto& session = file.session();
    QSignalSpy unsaved(&session, &session::DatabaseSession::unsaved);
    QSignalSpy failed(&session, &session::DatabaseSession::failed);
    REQUIRE(perform(session, QStringLiteral("پیشین")));
    const QString large = keptName + QString(200000, QChar(u'ب'));

    limitPages(session.database(), pageCount(session.database()));
    CHECK_FALSE(perform(session, large));
    REQUIRE(unsaved.count() == 1);
    CHECK(failed.isEmpty());
    CHECK(unsaved.first().first().toString().contains(QStringLiteral("disk is full")));
    CHECK(session.unsavedEditCount() == 1);
    CHECK(session.unsavedEditNames() == QStringList{QStringLiteral("Add a person")});
    CHECK(session.undoStack()->count() == 1);
    CHECK(peopleNamed(session.database(), large) == 0);

    // Still full: tried again, kept again.
    CHECK_FALSE(session.retryUnsavedEdits());
    CHECK(unsaved.count() == 2);
    CHECK(session.unsavedEditCount() == 1);

    limitPages(session.database(), 1000000); // space was freed
    CHECK(session.retryUnsavedEdits());
    CHECK(session.unsavedEditCount() == 0);
    CHECK(peopleNamed(session.database(), large) == 1);
    CHECK(session.undoStack()->count() == 2);
    session.undoStack()->undo(); // an edit as any other
    CHECK(peopleNamed(session.database(), large) == 0);
    CHECK(peopleNamed(session.database(), QStringLiteral("پیشین")) == 1);
}

TEST_CASE("An edit refused by a file made read-only is saved into a copy, and work goes on there",
          "[session][unsaved]")
{
    SessionDatabase file(SessionDatabase::Content::Empty);
    auto& session = file.session();
    QSignalSpy unsaved(&session, &session::DatabaseSession::unsaved);
    QSignalSpy moved(&session, &session::DatabaseSession::moved);
    REQUIRE(perform(session, QStringLiteral("پیشین")));
    const auto mode = QFile::permissions(file.path());
    REQUIRE(QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    CHECK_FALSE(perform(session, keptName));
    REQUIRE(unsaved.count() == 1);
    CHECK(unsaved.first().first().toString().contains(QStringLiteral("made read-only")));
    CHECK(session.unsavedEditCount() == 1);

    const QString copy = file.path() + QStringLiteral(".copy.jalaseh");
    QString error;
    REQUIRE(session.saveCopyAs(copy, &error));
    CHECK(error.isEmpty());
    CHECK(moved.count() == 1);
    CHECK(session.path() == copy);
    CHECK(session.unsavedEditCount() == 0);
    CHECK(peopleNamed(session.database(), keptName) == 1);
    CHECK(peopleNamed(session.database(), QStringLiteral("پیشین")) == 1);
    // Later edits and the undo history go on in the copy.
    REQUIRE(perform(session, QStringLiteral("پسین")));
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(peopleNamed(session.database(), keptName) == 0);
    session.undoStack()->redo();
    CHECK(peopleNamed(session.database(), keptName) == 1);

    // The read-only file was not touched.
    REQUIRE(QFile::setPermissions(file.path(), mode));
    CHECK(peopleNamed(file.path(), keptName) == 0);
    CHECK(peopleNamed(file.path(), QStringLiteral("پیشین")) == 1);
}

TEST_CASE("An edit refused because the file was removed is saved into a copy with all before it",
          "[session][unsaved]")
{
    SessionDatabase file(SessionDatabase::Content::Demo);
    auto& session = file.session();
    REQUIRE(perform(session, QStringLiteral("پیشین")));
    const int peopleBefore = int(storage::PersonRepository(session.database()).all().size());
    REQUIRE(QFile::remove(file.path()));

    CHECK_FALSE(perform(session, keptName));
    CHECK(session.unsavedEditCount() == 1);
    QString error;
    CHECK_FALSE(session.saveCopyAs(file.path() + QStringLiteral("-wal"), &error));
    CHECK(error.contains(QStringLiteral("Choose another file")));
    CHECK(session.unsavedEditCount() == 1);

    // The connection still reads the removed file, its latest changes included.
    const QString copy = file.path() + QStringLiteral(".rescued.jalaseh");
    REQUIRE(session.saveCopyAs(copy, &error));
    CHECK(int(storage::PersonRepository(session.database()).all().size()) == peopleBefore + 1);
    CHECK(peopleNamed(copy, keptName) == 1);
    CHECK(peopleNamed(copy, QStringLiteral("پیشین")) == 1);
}

TEST_CASE("Kept edits can be discarded", "[session][unsaved]")
{
    SessionDatabase file(SessionDatabase::Content::Empty);
    auto& session = file.session();
    limitPages(session.database(), pageCount(session.database()));
    const QString large = QString(200000, QChar(u'ب'));
    CHECK_FALSE(perform(session, large));
    CHECK_FALSE(perform(session, large + large));
    CHECK(session.unsavedEditCount() == 2);
    session.discardUnsavedEdits();
    CHECK(session.unsavedEditCount() == 0);
    limitPages(session.database(), 1000000);
    CHECK(session.retryUnsavedEdits());
    CHECK(peopleNamed(session.database(), large) == 0);
}

TEST_CASE("A later edit waits behind the kept ones and is made after them, in order",
          "[session][unsaved]")
{
    SessionDatabase file(SessionDatabase::Content::Empty);
    auto& session = file.session();
    QSignalSpy unsaved(&session, &session::DatabaseSession::unsaved);
    limitPages(session.database(), pageCount(session.database()));
    const QString large = keptName + QString(200000, QChar(u'ب'));
    CHECK_FALSE(perform(session, large));
    // Small enough to fit, but it would be saved before the kept one: it waits.
    CHECK_FALSE(perform(session, QStringLiteral("کوچک")));
    CHECK(unsaved.count() == 2);
    CHECK(session.unsavedEditCount() == 2);
    CHECK(peopleNamed(session.database(), QStringLiteral("کوچک")) == 0);

    limitPages(session.database(), 1000000);
    REQUIRE(perform(session, QStringLiteral("سوم")));
    CHECK(session.unsavedEditCount() == 0);
    CHECK(session.undoStack()->count() == 3);
    // The ids say the order of writing.
    QMap<Id, QString> byId;
    for (const Person& person : storage::PersonRepository(session.database()).all())
        byId.insert(person.id,
                    person.familyName == large ? QStringLiteral("large") : person.familyName);
    CHECK(byId.values() ==
          QStringList{QStringLiteral("large"), QStringLiteral("کوچک"), QStringLiteral("سوم")});
}
