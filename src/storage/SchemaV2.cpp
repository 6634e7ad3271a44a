// Schema version 2: action items. Released: never edit this file; change the schema with a new
// step (see Migration.h).
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"

namespace jalaseh::storage {

void createSchemaV2(Database& database)
{
    executeSchema(database,
                  {
                      R"(CREATE TABLE action_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            decision_id INTEGER REFERENCES decision (id) ON DELETE SET NULL,
            task TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            deadline TEXT CHECK (date(deadline) = deadline),
            state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'overdue'))
        ))",
                      "CREATE INDEX action_item_by_meeting ON action_item (meeting_id)",
                      "CREATE INDEX action_item_by_decision ON action_item (decision_id)",
                      "CREATE INDEX action_item_by_owner ON action_item (owner_id)",
                      "CREATE INDEX action_item_by_state ON action_item (state, deadline)",
                  });
}

} // namespace jalaseh::storage
