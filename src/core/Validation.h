#pragma once

#include "Meeting.h"
#include "Person.h"

#include <QList>
#include <QString>

namespace jalaseh {

// A rule a record breaks: which field, and a sentence a secretary understands.
struct ValidationError
{
    QString field;
    QString message;
};

QList<ValidationError> validate(const Person& person);
QList<ValidationError> validate(const Meeting& meeting);

} // namespace jalaseh
