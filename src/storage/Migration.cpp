#include "Migration.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace jalaseh::storage {

const QList<MigrationStep>& migrationSteps()
{
    static const QList<MigrationStep> steps{
        {1, "the first schema", &createSchemaV1},
        {2, "action items", &createSchemaV2},
        {3, "search keys", &createSchemaV3},
        {4, "search index", &createSchemaV4},
        {5, "attendance review rules", &createSchemaV5},
    };
    return steps;
}

void migrateSchema(Database& database, int fromVersion, int toVersion)
{
    Transaction transaction(database);
    for (const MigrationStep& step : migrationSteps()) {
        if (step.toVersion > fromVersion && step.toVersion <= toVersion)
            step.apply(database);
    }
    // PRAGMA takes no bound values; the number comes from the code, not from a user.
    Statement(database, QStringLiteral("PRAGMA user_version = %1").arg(toVersion)).exec();
    transaction.commit();
}

} // namespace jalaseh::storage
