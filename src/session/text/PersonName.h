#pragma once

#include "core/Person.h"

#include <QString>

namespace jalaseh::session {

// How lists and pickers name a person: title, given name, family name ("دکتر فاطمه رقابی").
QString displayName(const Person& person);

} // namespace jalaseh::session
