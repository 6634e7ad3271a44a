// Schema version 4: a full-text index (FTS5, trigram tokenizer) over the search keys, so that a
// search reads the rows that contain the query instead of every row. Chosen by measurement on the
// ten-year database (docs/benchmarks.md): a query found nowhere took 90 ms scanning the keys and
// 0.3 ms with the index; unicode61 only matches word prefixes, less than search promises.
// Released: never edit this file; change the schema with a new step (see Migration.h).
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QString>

namespace jalaseh::storage {

// On PostgreSQL the same step makes pg_trgm GIN indexes instead (SqlDialect::indexSearchKeys).
void createSchemaV4(Database& database)
{
    for (const char* table : {"person", "body", "meeting", "contribution", "proposal", "decision"})
        SqlDialect::indexSearchKeys(database, QString::fromLatin1(table));
}

} // namespace jalaseh::storage
