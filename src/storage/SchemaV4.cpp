// Schema version 4: a full-text index (FTS5, trigram tokenizer) over the search keys, so that a
// search reads the rows that contain the query instead of every row. Chosen by measurement on the
// ten-year database (docs/benchmarks.md): a query found nowhere took 90 ms scanning the keys and
// 0.3 ms with the index; unicode61 only matches word prefixes, less than search promises.
// Released: never edit this file; change the schema with a new step (see Migration.h).
#include "storage/Migration.h"
#include "storage/Statement.h"

#include <QString>

namespace jalaseh::storage {
namespace {

// The index of one table: external content (the key is not stored twice) kept in step by
// triggers, so every writer of the file, this program or another, keeps it right.
void indexSearchKeys(Database& database, const QString& table)
{
    const QString index = table + QStringLiteral("_search");
    const QStringList statements{
        QStringLiteral("CREATE VIRTUAL TABLE {index} USING fts5(search_key, content='{table}', "
                       "content_rowid='id', tokenize='trigram')"),
        QStringLiteral(
            "CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
            "INSERT INTO {index} (rowid, search_key) VALUES (new.id, new.search_key); END"),
        QStringLiteral("CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
                       "INSERT INTO {index} ({index}, rowid, search_key) "
                       "VALUES ('delete', old.id, old.search_key); END"),
        QStringLiteral(
            "CREATE TRIGGER {index}_update AFTER UPDATE OF search_key ON {table} BEGIN "
            "INSERT INTO {index} ({index}, rowid, search_key) "
            "VALUES ('delete', old.id, old.search_key); "
            "INSERT INTO {index} (rowid, search_key) VALUES (new.id, new.search_key); END"),
        QStringLiteral("INSERT INTO {index} ({index}) VALUES ('rebuild')"),
    };
    for (const QString& statement : statements)
        Statement(database, QString(statement)
                                .replace(QStringLiteral("{table}"), table)
                                .replace(QStringLiteral("{index}"), index))
            .exec();
}

} // namespace

void createSchemaV4(Database& database)
{
    for (const char* table : {"person", "body", "meeting", "contribution", "proposal", "decision"})
        indexSearchKeys(database, QString::fromLatin1(table));
}

} // namespace jalaseh::storage
