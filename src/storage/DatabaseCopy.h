#pragma once

#include <QString>
#include <functional>

namespace jalaseh::storage {

class Database;

// Copies every row of one Jalaseh database into another, on either engine, keeping every id:
// the target (same schema version, opened with create=true) is filled in one transaction, so it
// ends either as a whole copy or as it was.
class DatabaseCopy
{
public:
    // Progress: the table being copied, the rows of it done and its row count.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    DatabaseCopy(Database& source, Database& target);

    // True when the target holds any record (a person, a meeting, the organisation's name...).
    bool targetHoldsData() const;
    // Copies; with replace, the target's records are deleted first (in the same transaction).
    // Throws StorageError; on error the target is left as it was.
    void run(bool replace, const Progress& progress = {});

    // The tables, parents before children.
    static const QStringList& tables();
    // Whether a database holds any record, and deleting every record (its schema stays).
    static bool holdsRecords(const Database& database);
    static void deleteRecords(Database& database);

private:
    Database& m_source;
    Database& m_target;
};

} // namespace jalaseh::storage
