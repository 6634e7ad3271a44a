// Schema version 6: roles enforced by a database server (see ServerRoles.h). On PostgreSQL, the
// table that links a login to the person it acts for, and the three group roles of the database
// with their rights when the migrating login may create roles (otherwise the first `jalaseh users
// add` of a login that may creates them). On SQLite nothing: a file's access is its file
// permissions. Released: never edit this file; change the schema with a new step (see
// Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/ServerRoles.h"
#include "storage/Statement.h"

namespace jalaseh::storage {

void createSchemaV6(Database& database)
{
    if (database.engine() != Engine::Postgres)
        return;
    // Logins are roles, not rows: removing a person unlinks the login rather than being refused.
    Statement(database, QStringLiteral("CREATE TABLE jalaseh_login ("
                                       "login TEXT COLLATE \"C\" PRIMARY KEY, "
                                       "person_id BIGINT REFERENCES person (id) "
                                       "ON DELETE SET NULL)"))
        .exec();
    if (ServerRoles::mayCreateRoles(database))
        ServerRoles::setUp(database);
}

} // namespace jalaseh::storage
