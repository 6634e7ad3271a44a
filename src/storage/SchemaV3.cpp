// Schema version 3: search keys (persian::searchKey of names and texts) so that search matches
// text however it was typed. Released: never edit this file; change the schema with a new step
// (see Migration.h).
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"
#include "storage/SearchKeys.h"

namespace jalaseh::storage {

void createSchemaV3(Database& database)
{
    executeSchema(database,
                  {
                      "ALTER TABLE person ADD COLUMN family_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE person ADD COLUMN given_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE person ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE body ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE meeting_series ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE meeting ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE contribution ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE proposal ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE decision ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                      "CREATE INDEX person_by_name_key ON person (family_key, given_key)",
                      "CREATE INDEX body_by_key ON body (search_key)",
                      "CREATE INDEX meeting_series_by_key ON meeting_series (search_key)",
                      // Facts about the file itself (e.g. which normaliser made the keys).
                      R"(CREATE TABLE storage_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID)",
                  });
    // Rows written by versions 1 and 2 get their keys now.
    SearchKeys::rebuild(database);
}

} // namespace jalaseh::storage
