#pragma once

#include "core/Error.h"
#include "core/Id.h"
#include "core/RowVersion.h"

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

// Someone else saved the row since it was read (its version moved on), so this change was not
// made: saving it would silently undo theirs. Carries the row as the database has it now, who
// saved it last and when, so that the user can be told and apply the change again on it.
// Nothing was changed.
class EditConflict : public StorageError
{
public:
    EditConflict(Advice advice, QString technicalDetail, QString table, Id id, RowVersion current)
        : StorageError(std::move(advice), std::move(technicalDetail))
        , m_table(std::move(table))
        , m_id(id)
        , m_current(std::move(current))
    {
    }

    const QString& table() const { return m_table; }
    Id id() const { return m_id; }
    // The version the database holds now, with who saved it and when.
    const RowVersion& current() const { return m_current; }

private:
    QString m_table;
    Id m_id = 0;
    RowVersion m_current;
};

// The file or its disk, not the change, kept a change from being saved: another program holds the
// file's write lock, the disk is full, the file was made read-only, removed or replaced, or the
// disk failed. Nothing was changed; the same change may succeed later, or in a copy of the file
// elsewhere, so the window keeps it for the user (DatabaseSession::unsavedEdit) rather than
// dropping it.
class FileUnavailable : public StorageError
{
public:
    enum class Cause
    {
        InUse,    // another program holds the write lock (the busy timeout ran out)
        DiskFull, // SQLITE_FULL
        ReadOnly, // made read-only since it was opened (or the disk became read-only)
        Gone,     // removed, moved, renamed or replaced since it was opened
        DiskError // the disk did not answer (I/O error)
    };

    FileUnavailable(const StorageError& error, Cause cause)
        : StorageError(error)
        , m_cause(cause)
    {
    }
    FileUnavailable(Advice advice, QString technicalDetail, Cause cause)
        : StorageError(std::move(advice), std::move(technicalDetail))
        , m_cause(cause)
    {
    }

    Cause cause() const { return m_cause; }

private:
    Cause m_cause;
};

// A server gave up a transaction because another one ran into it at the same moment (PostgreSQL
// 40001 serialisation failure, 40P01 deadlock): nothing was changed, and the same transaction
// run again normally succeeds (see retryTransaction in Transaction.h).
class TransactionCollision : public StorageError
{
public:
    using StorageError::StorageError;
    explicit TransactionCollision(const StorageError& error)
        : StorageError(error)
    {
    }
};

} // namespace jalaseh::storage
