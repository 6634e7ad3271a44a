#pragma once

#include <initializer_list>

namespace jalaseh::storage {

class Database;

// Runs schema statements one by one (the SQLite driver runs only the first statement of a string).
void executeSchema(Database& database, std::initializer_list<const char*> statements);

} // namespace jalaseh::storage
