#pragma once

#include "core/Id.h"

#include <QList>
#include <QString>

namespace jalaseh::storage {

// A list of ids as one JSON array, so that "id IN (SELECT value FROM json_each(?))" binds any
// number of ids as a single value.
QString jsonArray(const QList<Id>& ids);

} // namespace jalaseh::storage
