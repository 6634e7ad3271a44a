#include "SchemaDefinition.h"

#include "storage/Statement.h"

namespace jalaseh::storage {

void executeSchema(Database& database, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements)
        Statement(database, QString::fromUtf8(sql)).exec();
}

} // namespace jalaseh::storage
