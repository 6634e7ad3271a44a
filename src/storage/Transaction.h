#pragma once

#include "storage/StorageError.h"

#include <functional>

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

// For retryCollisions: whether no transaction is open, and a short wait (longer each time) that
// lets the other transaction finish.
bool mayRunAgain(const Database& database);
void waitBeforeRunningAgain(const TransactionCollision& collision, int tried);

// Runs `attempt`, which opens and commits its own outermost transaction, and returns what it
// returns; when the server gives that transaction up because another one ran into it at the same
// moment (TransactionCollision: a serialisation failure or a deadlock, which change nothing), runs
// it again, up to `attempts` times in all. `attempt` must be safe to run again: it starts from
// what the database holds, not from what an earlier try did. Inside another transaction it runs
// once: only the outermost may be run again.
template <typename Attempt>
auto retryCollisions(Database& database, Attempt&& attempt, int attempts = 4) -> decltype(attempt())
{
    for (int tried = 1;; ++tried) {
        try {
            return attempt();
        } catch (const TransactionCollision& collision) {
            if (tried >= attempts || !mayRunAgain(database))
                throw;
            waitBeforeRunningAgain(collision, tried);
        }
    }
}

// retryCollisions() of `work` inside one Transaction, committed when `work` returns.
void retryTransaction(Database& database, const std::function<void()>& work, int attempts = 4);

} // namespace jalaseh::storage
