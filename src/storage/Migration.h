#pragma once

#include <QList>

namespace jalaseh::storage {

class Database;

// One step of the schema's history: brings a database from version `toVersion - 1` to
// `toVersion`. A released step is never edited; a change to the schema is a new step at the end,
// so that every older file walks the same road to the current schema.
struct MigrationStep
{
    int toVersion;
    const char* what;
    void (*apply)(Database&);
};

// The steps, oldest first; the last one's version is the current schema version.
const QList<MigrationStep>& migrationSteps();

// Runs the steps after `fromVersion` up to `toVersion` inside one transaction and records the new
// user_version; on any error nothing is changed and StorageError is thrown. The version is read
// again inside the transaction: when another program migrated since `fromVersion` was read, only
// the steps still missing run (none when it got to `toVersion`). Returns the version the steps
// started from.
int migrateSchema(Database& database, int fromVersion, int toVersion);

// The steps themselves (SchemaV1.cpp, ...).
void createSchemaV1(Database& database);  // the first schema: every entity but action items
void createSchemaV2(Database& database);  // action items
void createSchemaV3(Database& database);  // search keys for Persian-insensitive search
void createSchemaV4(Database& database);  // a trigram full-text index over the search keys
void createSchemaV5(Database& database);  // the attendance-review rules of the organisation
void createSchemaV6(Database& database);  // a server's roles and logins (PostgreSQL only)
void createSchemaV7(Database& database);  // a version on every editable row
void createSchemaV8(Database& database);  // live updates: change notifications (PostgreSQL only)
void createSchemaV9(Database& database);  // minutes of record: versions, snapshots, the freeze
void createSchemaV10(Database& database); // history: the change log written by triggers
void createSchemaV12(Database& database); // attachments: files of a meeting, the size limit

} // namespace jalaseh::storage
