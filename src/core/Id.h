#pragma once

#include <QtGlobal>

namespace jalaseh {

// A database row id. Zero means "not stored yet"; nullable references use std::optional<Id>.
using Id = qint64;

} // namespace jalaseh
