#include "PersonReference.h"

namespace jalaseh::exchange {

QString fullName(const Person& person)
{
    if (person.givenName.isEmpty())
        return person.familyName;
    return person.givenName + QLatin1Char(' ') + person.familyName;
}

QStringList referencesFor(const QList<Person>& people)
{
    QStringList references;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString& family = people.at(i).familyName;
        bool familyIsUnique = true;
        for (qsizetype j = 0; j < people.size() && familyIsUnique; ++j) {
            if (j != i && (people.at(j).familyName == family || fullName(people.at(j)) == family))
                familyIsUnique = false;
        }
        references.append(familyIsUnique ? family : fullName(people.at(i)));
    }
    return references;
}

PersonMatch findPerson(const QList<Person>& people, const QString& reference)
{
    for (bool byFullName : {true, false}) {
        PersonMatch match;
        for (qsizetype i = 0; i < people.size(); ++i) {
            const Person& person = people.at(i);
            const QString& name = byFullName ? fullName(person) : person.familyName;
            if (name == reference) {
                ++match.candidates;
                match.index = int(i);
            }
        }
        if (match.candidates > 1)
            match.index = -1;
        if (match.candidates > 0)
            return match;
    }
    return {};
}

} // namespace jalaseh::exchange
