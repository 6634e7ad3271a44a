#pragma once

#include "core/BodyActivity.h"

#include <QDate>

namespace jalaseh::storage {

class Database;

// Reads what the activity report of every body needs over a period, in four set-based queries
// (bodies; meetings of the bodies' series; their proposals; their decisions), without any text.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database& database);

    // The meetings held from `from` to `to` (both included) in the series of a body, with their
    // Jalali quarters, and the quarters the period touches.
    ActivityRecords load(const QDate& from, const QDate& to) const;

private:
    Database& m_database;
};

} // namespace jalaseh::storage
