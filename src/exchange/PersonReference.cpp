#include "PersonReference.h"

namespace jalaseh::exchange {

QStringList referencesFor(const QList<Person>& people)
{
    QStringList references;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString& family = people.at(i).familyName;
        bool familyIsUnique = true;
        for (qsizetype j = 0; j < people.size() && familyIsUnique; ++j) {
            if (j != i && (people.at(j).familyName == family || people.at(j).fullName() == family))
                familyIsUnique = false;
        }
        references.append(familyIsUnique ? family : people.at(i).fullName());
    }
    return references;
}

PersonMatch findPerson(const QList<Person>& people, const QString& reference)
{
    for (bool byFullName : {true, false}) {
        PersonMatch match;
        for (qsizetype i = 0; i < people.size(); ++i) {
            const Person& person = people.at(i);
            const QString& name = byFullName ? person.fullName() : person.familyName;
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
