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

// The database server refused the change to this login (its role may not make it): a request the
// user may not make, not a fault, so the command line exits with 1, not 2. Nothing was changed.
class AccessRefused : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace jalaseh::storage
