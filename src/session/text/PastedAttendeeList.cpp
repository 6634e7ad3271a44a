#include "session/text/PastedAttendeeList.h"

#include "persian/Normalize.h"
#include "storage/PersonRepository.h"

#include <algorithm>
#include <optional>

namespace jalaseh::session {
namespace {

bool gendersFit(Gender read, Gender stored)
{
    return read == Gender::Unspecified || stored == Gender::Unspecified || read == stored;
}

// The people whose given and family names together, in either order, are `wholeName`.
QList<Person> withWholeName(const QList<Person>& people, const QString& wholeName)
{
    const QString key = persian::searchKey(wholeName);
    QList<Person> found;
    for (const Person& person : people) {
        if (person.givenName.isEmpty())
            continue;
        const QString givenFirst = person.givenName + QLatin1Char(' ') + person.familyName;
        const QString familyFirst = person.familyName + QLatin1Char(' ') + person.givenName;
        if (persian::searchKey(givenFirst) == key || persian::searchKey(familyFirst) == key)
            found.append(person);
    }
    return found;
}

} // namespace

Person PastedName::newPerson() const
{
    Person person;
    person.familyName = persian::normalizeForStorage(read.familyName);
    person.givenName = persian::normalizeForStorage(read.givenName);
    person.gender = read.gender;
    person.title = read.title;
    return person;
}

PastedAttendeeList PastedAttendeeList::read(storage::Database& database, const QString& text,
                                            const QSet<Id>& attending)
{
    PastedAttendeeList list;
    list.m_attending = attending;
    const persian::HonorificReading reading = persian::readHonorificList(text);
    list.unread = reading.unread;
    storage::PersonRepository people(database);
    std::optional<QList<Person>> everyone; // read only when a name needs it
    for (const persian::NamedPerson& read : reading.people) {
        PastedName name;
        name.read = read;
        name.candidates = people.findByName(read.familyName, read.givenName);
        if (name.candidates.isEmpty()) {
            // "دکتر فاطمه رقابی": a given name written before the family name.
            if (!everyone)
                everyone = people.all();
            name.candidates = withWholeName(*everyone, read.familyName);
        }
        // Those of the gender read come first: they are the likelier ones.
        std::stable_partition(name.candidates.begin(), name.candidates.end(),
                              [&](const Person& p) { return gendersFit(read.gender, p.gender); });
        const auto fitting =
            std::count_if(name.candidates.cbegin(), name.candidates.cend(),
                          [&](const Person& p) { return gendersFit(read.gender, p.gender); });
        if (name.candidates.isEmpty()) {
            name.choice = PastedName::Choice::New;
        } else if (fitting == 1) {
            name.choice = PastedName::Choice::Existing;
            name.personId = name.candidates.first().id;
        } else {
            name.choice = PastedName::Choice::Undecided;
        }
        list.names.append(name);
    }
    list.markRepeats();
    return list;
}

void PastedAttendeeList::choose(int index, PastedName::Choice choice, Id personId)
{
    if (index < 0 || index >= names.size())
        return;
    names[index].choice = choice;
    names[index].personId = choice == PastedName::Choice::Existing ? personId : 0;
    markRepeats();
}

void PastedAttendeeList::markRepeats()
{
    QSet<Id> listed = m_attending;
    for (PastedName& name : names) {
        name.alreadyListed = false;
        if (name.choice != PastedName::Choice::Existing)
            continue;
        name.alreadyListed = listed.contains(name.personId);
        listed.insert(name.personId);
    }
}

QList<AttendeeToAdd> PastedAttendeeList::attendees() const
{
    QList<AttendeeToAdd> people;
    for (const PastedName& name : names) {
        if (name.choice == PastedName::Choice::Existing && !name.alreadyListed)
            people.append(AttendeeToAdd{name.personId, {}});
        else if (name.choice == PastedName::Choice::New)
            people.append(AttendeeToAdd{0, name.newPerson()});
    }
    return people;
}

int PastedAttendeeList::existingCount() const
{
    return int(std::count_if(names.cbegin(), names.cend(), [](const PastedName& name) {
        return name.choice == PastedName::Choice::Existing && !name.alreadyListed;
    }));
}

int PastedAttendeeList::newCount() const
{
    return int(std::count_if(names.cbegin(), names.cend(), [](const PastedName& name) {
        return name.choice == PastedName::Choice::New;
    }));
}

int PastedAttendeeList::undecidedCount() const
{
    return int(std::count_if(names.cbegin(), names.cend(), [](const PastedName& name) {
        return name.choice == PastedName::Choice::Undecided;
    }));
}

} // namespace jalaseh::session
