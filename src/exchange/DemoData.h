#pragma once

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::exchange {

// Fills a new database with the demo data, in one transaction: the organisation "شبکه
// کتابخانه‌های دانشگاهی کشور" with its letterhead; the seed meeting recorded
// completely (the first meeting of the working-group leads, 1402/01/21), its sequel and a
// steering-committee meeting (from the meeting files in resources/demo); the steering committee and
// the working groups with their leads and members over time, including a group merged into another.
// Meant for an empty database: names the database already has are reused, but a meeting number
// its series already has is refused. Throws storage::StorageError when the database fails.
void createDemoData(storage::Database& database);

} // namespace jalaseh::exchange
