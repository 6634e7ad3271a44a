#include "PersonRepository.h"

#include "core/Validation.h"
#include "persian/Collation.h"
#include "persian/Normalize.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/RowVersions.h"
#include "storage/SearchKeys.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>

namespace jalaseh::storage {
namespace {

const QString columns =
    QStringLiteral(
        "id, family_name, given_name, gender, academic_title, affiliation, position, email, phone, "
        "notes, active, ") +
    RowVersions::columns({});

Person personFrom(const Statement& row)
{
    Person person;
    person.id = row.integer(0);
    person.familyName = row.text(1);
    person.givenName = row.text(2);
    person.gender = row.enumValue<Gender>(3);
    person.title = row.enumValue<AcademicTitle>(4);
    person.affiliation = row.text(5);
    person.position = row.text(6);
    person.email = row.text(7);
    person.phone = row.text(8);
    person.notes = row.text(9);
    person.active = row.flag(10);
    person.version = RowVersions::read(row, 11);
    return person;
}

QList<Person> peopleFrom(Statement& query)
{
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Person normalized(Person person)
{
    person.familyName = persian::normalizeForStorage(person.familyName);
    person.givenName = persian::normalizeForStorage(person.givenName);
    person.affiliation = persian::normalizeForStorage(person.affiliation);
    person.position = persian::normalizeForStorage(person.position);
    person.notes = persian::normalizeForStorage(person.notes);
    person.email = person.email.trimmed();
    person.phone = person.phone.trimmed();
    return person;
}

void requireValid(const Person& person)
{
    const auto errors = validate(person);
    if (!errors.isEmpty())
        throw StorageError(errors.first().message, errors.first().field);
}

// Binds the stored columns after id, in `columns` order, then the keys.
void bindPerson(Statement& statement, const Person& person)
{
    statement.bind(person.familyName).bind(person.givenName).bind(person.gender).bind(person.title);
    statement.bind(person.affiliation).bind(person.position).bind(person.email);
    statement.bind(person.phone).bind(person.notes).bind(person.active);
    statement.bind(SearchKeys::of(person.familyName)).bind(SearchKeys::of(person.givenName));
    statement.bind(SearchKeys::ofPerson(person.familyName, person.givenName));
}

} // namespace

PersonRepository::PersonRepository(Database& database)
    : m_database(database)
{
}

QList<Person> PersonRepository::all() const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM person").arg(columns));
    query.exec();
    QList<Person> people = peopleFrom(query);

    // Persian order comes from ICU, not from SQLite; sort keys make the sort one memcmp a pair.
    const persian::PersianCollator collator;
    struct Keyed
    {
        QByteArray family;
        QByteArray given;
        qsizetype index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i)
        keyed.push_back(
            {collator.sortKey(people[i].familyName), collator.sortKey(people[i].givenName), i});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (const int byFamily = a.family.compare(b.family); byFamily != 0)
            return byFamily < 0;
        if (const int byGiven = a.given.compare(b.given); byGiven != 0)
            return byGiven < 0;
        return a.index < b.index;
    });
    QList<Person> sorted;
    sorted.reserve(people.size());
    for (const Keyed& entry : keyed)
        sorted.append(std::move(people[entry.index]));
    return sorted;
}

std::optional<Person> PersonRepository::find(Id id) const
{
    Statement query(m_database, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(columns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return personFrom(query);
}

QList<Person> PersonRepository::findAll(const QList<Id>& ids) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM person WHERE id IN %2 ORDER BY id")
                        .arg(columns, SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(jsonArray(ids)).exec();
    return peopleFrom(query);
}

Id PersonRepository::insert(Person& person)
{
    Person stored = normalized(person);
    requireValid(stored);
    Transaction transaction(m_database);
    Statement statement(m_database,
                        QStringLiteral("INSERT INTO person (family_name, given_name, gender, "
                                       "academic_title, affiliation, position, email, phone, "
                                       "notes, active, family_key, given_key, search_key) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPerson(statement, stored);
    statement.exec();
    stored.id = statement.lastInsertId();
    transaction.commit();
    person = stored;
    return person.id;
}

void PersonRepository::update(const Person& person)
{
    const Person stored = normalized(person);
    requireValid(stored);
    Transaction transaction(m_database);
    VersionedWrite write(m_database, QStringLiteral("person"),
                         QStringLiteral("family_name = ?, given_name = ?, gender = ?, "
                                        "academic_title = ?, affiliation = ?, position = ?, "
                                        "email = ?, phone = ?, notes = ?, active = ?, "
                                        "family_key = ?, given_key = ?, search_key = ?"),
                         stored.id, stored.version,
                         QCoreApplication::translate(
                             "Storage", "This person is no longer in the database; someone may "
                                        "have removed them. Reload the list."));
    bindPerson(write.statement(), stored);
    write.exec();
    transaction.commit();
}

void PersonRepository::remove(Id id, const RowVersion& read)
{
    Transaction transaction(m_database);
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "This person cannot be removed: meetings, memberships, contributions or "
                   "decisions still refer to them. Mark them as inactive instead.");
    removeVersioned(m_database, QStringLiteral("person"), id, read, refusals);
    transaction.commit();
}

QList<Person> PersonRepository::findByName(const QString& familyName,
                                           const QString& givenName) const
{
    const QString givenKey = SearchKeys::of(persian::normalizeForStorage(givenName));
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM person WHERE family_key = ? AND (? = '' OR "
                                   "given_key = ?) ORDER BY id")
                        .arg(columns));
    query.bind(SearchKeys::of(persian::normalizeForStorage(familyName)));
    query.bind(givenKey).bind(givenKey).exec();
    return peopleFrom(query);
}

} // namespace jalaseh::storage
