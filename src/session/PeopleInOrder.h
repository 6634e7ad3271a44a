#pragma once

#include "core/Person.h"

#include <QList>
#include <QStringList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// Everyone in the database in Persian order of family, then given name, with each person's
// search key: what the people list, the name pickers and the views naming people all start
// from. Reading and ordering 2,000 people takes about 10 ms, so the session keeps one copy
// (DatabaseSession::people()) until an edit changes something.
struct PeopleInOrder
{
    QList<Person> people;
    QList<Id> ids;
    QStringList searchKeys;

    static PeopleInOrder load(storage::Database& database);
};

} // namespace jalaseh::session
