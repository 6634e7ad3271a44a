#include "Validation.h"

#include <QCoreApplication>

namespace jalaseh {

QList<ValidationError> validate(const Person& person)
{
    QList<ValidationError> errors;
    if (person.familyName.trimmed().isEmpty())
        errors.append({QStringLiteral("familyName"),
                       QCoreApplication::translate("Validation", "A person needs a family name.")});
    return errors;
}

QList<ValidationError> validate(const Meeting& meeting)
{
    QList<ValidationError> errors;
    if (meeting.seriesId == 0)
        errors.append({QStringLiteral("seriesId"),
                       QCoreApplication::translate("Validation", "Choose the meeting's series.")});
    if (meeting.number < 1)
        errors.append(
            {QStringLiteral("number"),
             QCoreApplication::translate("Validation", "The meeting number must be 1 or more.")});
    if (!meeting.date.isValid())
        errors.append({QStringLiteral("date"),
                       QCoreApplication::translate("Validation", "The meeting needs a date.")});
    if (meeting.start.isValid() && meeting.end.isValid() && meeting.end <= meeting.start)
        errors.append(
            {QStringLiteral("end"),
             QCoreApplication::translate(
                 "Validation", "The meeting must end after it starts; check the times.")});
    return errors;
}

} // namespace jalaseh
