#pragma once

#include "Enums.h"
#include "Id.h"
#include "RowVersion.h"

#include <QString>

namespace jalaseh {

struct Person
{
    Id id = 0;
    QString familyName;
    QString givenName;
    Gender gender = Gender::Unspecified;
    AcademicTitle title = AcademicTitle::None;
    QString affiliation; // university or library
    QString position;
    QString email;
    QString phone;
    QString notes;
    bool active = true;

    // "فاطمه درخوش": given name, then family name; the family name alone without a given one.
    // Without honorifics (persian::honorificName adds them for documents).
    QString fullName() const
    {
        return givenName.isEmpty() ? familyName : givenName + QLatin1Char(' ') + familyName;
    }

    RowVersion version = {};
    bool operator==(const Person&) const = default;
};

} // namespace jalaseh
