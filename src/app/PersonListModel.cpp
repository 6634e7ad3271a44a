#include "PersonListModel.h"

#include "PersonName.h"
#include "persian/Collation.h"
#include "storage/PersonRepository.h"

#include <algorithm>

namespace jalaseh::app {

PersonListModel::PersonListModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Family name"), tr("Given name"), tr("Affiliation"),
                       tr("Position"), tr("Active")},
                      parent)
{
}

void PersonListModel::reload(storage::Database& database)
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

    QList<Person> sorted;
    QList<Id> ids;
    QStringList searchTexts;
    for (const auto& [key, index] : order) {
        const Person& person = people.at(index);
        sorted.append(person);
        ids.append(person.id);
        searchTexts.append(QStringList{person.familyName, person.givenName, person.affiliation,
                                       person.position, person.email}
                               .join(QLatin1Char(' ')));
    }
    m_people = std::move(sorted);
    setRows(std::move(ids), searchTexts);
}

const Person* PersonListModel::person(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_people.at(row);
}

QString PersonListModel::cell(int row, int column) const
{
    const Person& person = m_people.at(row);
    switch (column) {
    case NameColumn:
        return displayName(person);
    case FamilyColumn:
        return person.familyName;
    case GivenColumn:
        return person.givenName;
    case AffiliationColumn:
        return person.affiliation;
    case PositionColumn:
        return person.position;
    case ActiveColumn:
        return person.active ? tr("Yes") : tr("No");
    }
    return {};
}

} // namespace jalaseh::app
