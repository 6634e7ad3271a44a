#pragma once

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"

namespace jalaseh::storage {

// The steps of Database::open for a PostgreSQL address: connect within the connect timeout
// (10 s unless the address says otherwise), find out what the database holds, and only then
// change anything (the schema of an empty database, a migration). Every refusal is one sentence
// naming the cause (no server, wrong login, no such database, not allowed, no TLS) and happens
// before the first change.
class PostgresOpening
{
public:
    PostgresOpening(DatabaseAddress address, const OpenOptions& options);
    Database::OpenResult run();

private:
    std::unique_ptr<Database> connect(QString* error) const;
    Database::OpenResult connectionFailure(const QString& libpqMessage) const;
    Database::OpenResult failure(OpenProblem problem, const QString& message) const;

    DatabaseAddress m_address;
    OpenOptions m_options;
};

} // namespace jalaseh::storage
