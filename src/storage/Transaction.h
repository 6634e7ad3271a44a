#pragma once

namespace jalaseh::storage {

class Database;

// Every write runs inside one. The outermost is BEGIN IMMEDIATE ... COMMIT; inner ones are
// savepoints, so a repository can call another inside its own transaction. Rolls back unless
// commit() was called. Throws StorageError on a read-only database (the change cannot be saved)
// and when another program holds the file.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void rollback() noexcept;

    Database& m_database;
    int m_level = 0; // 1 for the outermost
    bool m_finished = false;
};

} // namespace jalaseh::storage
