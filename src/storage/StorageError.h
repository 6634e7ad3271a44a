#pragma once

#include "core/Error.h"

namespace jalaseh::storage {

// Any failure of the database: its file, its lock, its rules. The message says what happened and
// what to do; the technical detail keeps the driver's own text.
class StorageError : public Error
{
public:
    using Error::Error;
};

} // namespace jalaseh::storage
