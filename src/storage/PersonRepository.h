#pragma once

#include "core/Person.h"

#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// People: members, leads, guests. Names are stored normalised (persian::normalizeForStorage)
// with search keys beside them.
class PersonRepository
{
public:
    explicit PersonRepository(Database& database);

    // Everyone, in Persian alphabetical order: family name, then given name.
    QList<Person> all() const;
    std::optional<Person> find(Id id) const;
    // The people with these ids (missing ones are left out), by id.
    QList<Person> findAll(const QList<Id>& ids) const;
    // Normalises the person's text in place, stores it and sets person.id.
    Id insert(Person& person);
    void update(const Person& person);
    // Refused (StorageError) while meetings, memberships or decisions refer to the person.
    void remove(Id id, const RowVersion& read = {});
    // Everyone whose names match however they were typed (ك/ک, ي/ی, ZWNJ); an empty given name
    // matches any given name.
    QList<Person> findByName(const QString& familyName, const QString& givenName) const;

private:
    Database& m_database;
};

} // namespace jalaseh::storage
