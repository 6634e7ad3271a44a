// Schema version 7: every editable row carries a version, moved on by each save, and who saved it
// last and when, so that a save against a row someone else changed since it was read is refused
// instead of silently undoing their change (RowVersions.h). Rows of older files start at version
// 1, saved by nobody known. Released: never edit this file; change the schema with a new step
// (see Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"

#include <QByteArray>

namespace jalaseh::storage {

void createSchemaV7(Database& database)
{
    for (const char* table :
         {"person", "body", "membership", "meeting_series", "meeting", "attendance", "agenda_item",
          "contribution", "proposal", "decision", "action_item"}) {
        // changed_at: NULL until the row's first save; on a server a timestamptz, in a file
        // UTC ISO text (SQLite has no time type).
        const QByteArray version = QByteArray("ALTER TABLE ") + table +
                                   " ADD COLUMN version INTEGER NOT NULL DEFAULT 1 "
                                   "CHECK (version >= 1)";
        const QByteArray changedBy =
            QByteArray("ALTER TABLE ") + table + " ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''";
        const QByteArray changedAt =
            QByteArray("ALTER TABLE ") + table + " ADD COLUMN changed_at " +
            (database.engine() == Engine::Postgres ? "timestamptz" : "TEXT");
        executeSchema(database,
                      {version.constData(), changedBy.constData(), changedAt.constData()});
    }
}

} // namespace jalaseh::storage
