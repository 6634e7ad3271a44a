#include "session/models/PersonListModel.h"

#include "session/DatabaseSession.h"
#include "session/PeopleInOrder.h"
#include "session/text/PersonName.h"

namespace jalaseh::session {

PersonListModel::PersonListModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Family name"), tr("Given name"), tr("Affiliation"),
                       tr("Position"), tr("Active")},
                      parent)
{
}

void PersonListModel::reload(storage::Database& database)
{
    show(PeopleInOrder::load(database));
}

void PersonListModel::reload(const DatabaseSession& session)
{
    show(*session.people());
}

void PersonListModel::show(const PeopleInOrder& people)
{
    setRowsWithKeys(people.ids, people.searchKeys, [&] { m_people = people.people; });
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

} // namespace jalaseh::session
