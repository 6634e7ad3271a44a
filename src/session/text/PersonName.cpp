#include "session/text/PersonName.h"

#include "core/EnumLabels.h"

#include <QStringList>

namespace jalaseh::session {

QString displayName(const Person& person)
{
    QStringList parts;
    if (person.title != AcademicTitle::None)
        parts.append(label(person.title));
    if (!person.givenName.isEmpty())
        parts.append(person.givenName);
    parts.append(person.familyName);
    return parts.join(QLatin1Char(' '));
}

} // namespace jalaseh::session
