#pragma once

#include "Enums.h"
#include "Id.h"

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

    bool operator==(const Person&) const = default;
};

} // namespace jalaseh
