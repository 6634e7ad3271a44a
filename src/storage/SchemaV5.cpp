// Schema version 5: the organisation's attendance-review rules (the bylaws' absence limits and
// how long a body may go without meeting), kept with the organisation so that everyone who opens
// the file applies the same rules. Released: never edit this file; change the schema with a new
// step (see Migration.h).
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"

namespace jalaseh::storage {

void createSchemaV5(Database& database)
{
    executeSchema(database,
                  {
                      "ALTER TABLE organisation ADD COLUMN consecutive_absence_limit INTEGER "
                      "NOT NULL DEFAULT 3 CHECK (consecutive_absence_limit BETWEEN 1 AND 50)",
                      "ALTER TABLE organisation ADD COLUMN yearly_absence_limit INTEGER "
                      "NOT NULL DEFAULT 5 CHECK (yearly_absence_limit BETWEEN 1 AND 100)",
                      "ALTER TABLE organisation ADD COLUMN quiet_months INTEGER "
                      "NOT NULL DEFAULT 3 CHECK (quiet_months BETWEEN 1 AND 60)",
                  });
}

} // namespace jalaseh::storage
