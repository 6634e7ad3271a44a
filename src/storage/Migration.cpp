#include "Migration.h"

#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/SqlDialect.h"

namespace jalaseh::storage {

const QList<MigrationStep>& migrationSteps()
{
    static const QList<MigrationStep> steps{
        {1, "the first schema", &createSchemaV1},
        {2, "action items", &createSchemaV2},
        {3, "search keys", &createSchemaV3},
        {4, "search index", &createSchemaV4},
        {5, "attendance review rules", &createSchemaV5},
        {6, "server roles", &createSchemaV6},
        {7, "row versions", &createSchemaV7},
        {8, "live updates", &createSchemaV8},
        {9, "minutes of record", &createSchemaV9},
        {10, "history", &createSchemaV10},
        {12, "attachments", &createSchemaV12},
    };
    return steps;
}

int migrateSchema(Database& database, int fromVersion, int toVersion)
{
    Transaction transaction(database);
    if (fromVersion == 0) {
        SqlDialect::prepareNewSchema(database);
    } else {
        fromVersion = SqlDialect::readSchemaVersionForUpdate(database);
        if (fromVersion >= toVersion)
            return fromVersion; // another program did it; the transaction rolls back
    }
    for (const MigrationStep& step : migrationSteps()) {
        if (step.toVersion > fromVersion && step.toVersion <= toVersion)
            step.apply(database);
    }
    // A step after 6 may add tables or columns: they get the roles' rights too (step 6 grants
    // what there is when it runs).
    if (database.engine() == Engine::Postgres && toVersion > 6 && toVersion > fromVersion)
        ServerRoles::grantRights(database);
    SqlDialect::writeSchemaVersion(database, toVersion);
    transaction.commit();
    return fromVersion;
}

} // namespace jalaseh::storage
