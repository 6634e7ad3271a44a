#include "SchemaDefinition.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

namespace jalaseh::storage {

void executeSchema(Database& database, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        const QString statement =
            SqlDialect::schemaStatement(database.engine(), QString::fromUtf8(sql));
        if (!statement.isEmpty())
            Statement(database, statement).exec();
    }
}

} // namespace jalaseh::storage
