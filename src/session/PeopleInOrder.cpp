#include "session/PeopleInOrder.h"

#include "persian/Collation.h"
#include "persian/Normalize.h"
#include "storage/PersonRepository.h"

#include <algorithm>

namespace jalaseh::session {

PeopleInOrder PeopleInOrder::load(storage::Database& database)
{
    QList<Person> people = storage::PersonRepository(database).all();
    // Sort keys once per person rather than collating at every comparison.
    const persian::PersianCollator collator;
    QList<QPair<QByteArray, qsizetype>> order;
    order.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i)
        order.append({collator.sortKey(people[i].familyName) + QByteArray(1, '\0') +
                          collator.sortKey(people[i].givenName),
                      i});
    std::sort(order.begin(), order.end());

    PeopleInOrder result;
    result.people.reserve(people.size());
    result.ids.reserve(people.size());
    result.searchKeys.reserve(people.size());
    for (const auto& [key, index] : order) {
        const Person& person = people.at(index);
        result.people.append(person);
        result.ids.append(person.id);
        result.searchKeys.append(persian::searchKey(QStringList{
            person.familyName, person.givenName, person.affiliation, person.position, person.email}
                                                        .join(QLatin1Char(' '))));
    }
    return result;
}

} // namespace jalaseh::session
