#pragma once

#include "core/Person.h"

#include <QList>
#include <QString>
#include <QStringList>

// How a meeting file names one of its people wherever a row refers to one (an attendee, a
// speaker, a proposer...): by family name alone when no one else in the file could be meant,
// otherwise by the full name "given family". Short references keep the file readable by hand.
namespace jalaseh::exchange {

// The reference the file writes for each of `people` (same order).
QStringList referencesFor(const QList<Person>& people);

// Which of `people` a reference names: the one whose full name it is, else the one whose family
// name it is. `index` is -1 when none or several match; `candidates` then tells which.
struct PersonMatch
{
    int index = -1;
    int candidates = 0;
};
PersonMatch findPerson(const QList<Person>& people, const QString& reference);

} // namespace jalaseh::exchange
