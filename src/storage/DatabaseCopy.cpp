#include "DatabaseCopy.h"

#include "storage/ChangeListener.h"
#include "storage/ChangeLogRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <optional>
#include <utility>

namespace jalaseh::storage {
namespace {

// Every table whose rows are data. A schema step that adds a table adds it here, or copy refuses
// the database (see checkTables).
const QStringList copiedTables{
    QStringLiteral("organisation"),
    QStringLiteral("letterhead_line"),
    QStringLiteral("person"),
    QStringLiteral("body"),
    QStringLiteral("membership"),
    QStringLiteral("meeting_series"),
    QStringLiteral("meeting"),
    QStringLiteral("attendance"),
    QStringLiteral("agenda_item"),
    QStringLiteral("contribution"),
    QStringLiteral("proposal"),
    QStringLiteral("proposal_supporter"),
    QStringLiteral("decision"),
    QStringLiteral("decision_review"),
    QStringLiteral("action_item"),
    // Before minutes_version: approved minutes freeze their meeting's attachments.
    QStringLiteral("attachment"),
    // After every row of the meetings: once a version is approved, its meeting takes no more.
    QStringLiteral("minutes_version"),
    // The history travels with what it tells of (schema step 10).
    QStringLiteral("change_log"),
    QStringLiteral("storage_meta"),
};

// Tables that are not data: the search index of a file, the version of a server and its logins
// (roles belong to one server; a copy elsewhere gets its own with `jalaseh users add`), a file's
// note of who writes for the history's triggers.
bool isMachinery(const QString& table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table.contains(QLatin1String("_search")) ||
           table == QLatin1String("jalaseh_schema") || table == QLatin1String("jalaseh_login") ||
           table == QLatin1String("change_log_actor");
}

QStringList tablesOf(const Database& database)
{
    Statement query(database,
                    database.engine() == Engine::Sqlite
                        ? QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")
                        : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = current_schema()"));
    query.exec();
    QStringList names;
    while (query.next()) {
        if (!isMachinery(query.text(0)))
            names.append(query.text(0));
    }
    return names;
}

void checkTables(const Database& database)
{
    for (const QString& table : tablesOf(database)) {
        if (!copiedTables.contains(table))
            throw StorageError(QCoreApplication::translate(
                                   "Storage", "This version of Jalaseh cannot copy the database: "
                                              "it does not know the table “%1”.")
                                   .arg(table));
    }
}

// Empties a table of `copiedTables`, taken in reverse order. A merged body names the body it went
// into, which may not be removed before it (ON DELETE RESTRICT, checked row by row): the
// merges are undone first.
void emptyTable(Database& database, const QString& table)
{
    if (table == QLatin1String("body"))
        Statement(database, QStringLiteral("UPDATE body SET merged_into = NULL, merged_on = NULL "
                                           "WHERE merged_into IS NOT NULL"))
            .exec();
    Statement(database, QStringLiteral("DELETE FROM %1").arg(table)).exec();
}

qint64 rowCount(const Database& database, const QString& table)
{
    Statement count(database, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    count.exec();
    return count.next() ? count.integer(0) : 0;
}

bool holdsApprovedMinutes(const Database& database)
{
    Statement query(database, QStringLiteral("SELECT 1 FROM minutes_version WHERE approved_at IS "
                                             "NOT NULL LIMIT 1"));
    query.exec();
    return query.next();
}

// The triggers that keep approved minutes as they were approved (schema step 9), set aside while
// the whole database is replaced, inside the replacing transaction, and put back before it
// commits. On a server only the tables' owner may set them aside: the one login that could drop
// the whole database anyway; an editor is refused, as every deletion of approved minutes is.
class FrozenTriggersSetAside
{
public:
    explicit FrozenTriggersSetAside(Database& database)
        : m_database(database)
    {
        const bool file = database.engine() == Engine::Sqlite;
        Statement found(
            database, file ? QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                            "'trigger' AND name LIKE '%\\_frozen\\_%' ESCAPE '\\'")
                           : QStringLiteral("SELECT c.relname, t.tgname FROM pg_trigger t JOIN "
                                            "pg_class c ON c.oid = t.tgrelid WHERE NOT "
                                            "t.tgisinternal AND t.tgname LIKE '%\\_frozen' AND "
                                            "c.relnamespace = current_schema()::regnamespace"));
        found.exec();
        while (found.next())
            m_triggers.append({found.text(0), found.text(1)});
        // A login that may not is refused in its role's words (AccessRefused).
        for (const auto& [first, second] : m_triggers)
            Statement(database, file ? QStringLiteral("DROP TRIGGER \"%1\"").arg(first)
                                     : QStringLiteral("ALTER TABLE \"%1\" DISABLE TRIGGER \"%2\"")
                                           .arg(first, second))
                .exec();
    }

    void putBack()
    {
        const bool file = m_database.engine() == Engine::Sqlite;
        for (const auto& [first, second] : m_triggers)
            Statement(
                m_database,
                file
                    ? second
                    : QStringLiteral("ALTER TABLE \"%1\" ENABLE TRIGGER \"%2\"").arg(first, second))
                .exec();
    }

private:
    Database& m_database;
    // A file's trigger name and its SQL; a server's table and trigger names.
    QList<std::pair<QString, QString>> m_triggers;
};

// Empties the tables in reverse order (storage_meta too when `meta`). Approved minutes go with
// the rest: replacing a whole database is the one way to remove them (see FrozenTriggersSetAside).
void deleteAll(Database& database, bool meta)
{
    std::optional<FrozenTriggersSetAside> setAside;
    if (holdsApprovedMinutes(database))
        setAside.emplace(database);
    for (auto table = copiedTables.crbegin(); table != copiedTables.crend(); ++table) {
        if (meta || *table != QLatin1String("storage_meta"))
            emptyTable(database, *table);
    }
    if (setAside)
        setAside->putBack();
}

} // namespace

DatabaseCopy::DatabaseCopy(Database& source, Database& target)
    : m_source(source)
    , m_target(target)
{
}

const QStringList& DatabaseCopy::tables()
{
    return copiedTables;
}

bool DatabaseCopy::targetHoldsData() const
{
    return holdsRecords(m_target);
}

bool DatabaseCopy::holdsRecords(const Database& database)
{
    for (const QString& table : copiedTables) {
        // storage_meta holds facts about the database itself, there from its creation.
        if (table != QLatin1String("storage_meta") && rowCount(database, table) > 0)
            return true;
    }
    return false;
}

void DatabaseCopy::deleteRecords(Database& database)
{
    Transaction transaction(database);
    HistoryPause pause(database);
    deleteAll(database, false);
    pause.resume();
    transaction.commit();
}

void DatabaseCopy::run(bool replace, const Progress& progress)
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        throw StorageError(QCoreApplication::translate(
            "Storage", "The two databases have different schema versions; open each once with "
                       "this version of Jalaseh, then copy again."));
    checkTables(m_source);
    Transaction transaction(m_target);
    ChangeListener::announceAllAtCommit(m_target);
    if (!replace && targetHoldsData())
        throw StorageError(QCoreApplication::translate(
            "Storage", "The target database already holds records, so nothing was copied."));
    // The copy is no edit: the source's history comes with it, and the rows written here would
    // only tell it twice (on a server, unless the owner copies, they are told as this login's).
    HistoryPause pause(m_target);
    // storage_meta is emptied always: the facts of a new database give way to the source's.
    deleteAll(m_target, true);
    for (const QString& table : copiedTables) {
        const qint64 total = rowCount(m_source, table);
        if (progress)
            progress(table, 0, total);
        // `table` comes from the list above; column names from the source's own record.
        QSqlQuery rows(m_source.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            throw storageErrorFrom(rows.lastError(), {}, m_source.engine());
        const QSqlRecord record = rows.record();
        QStringList columns;
        QStringList marks;
        for (int column = 0; column < record.count(); ++column) {
            columns.append(record.fieldName(column));
            marks.append(QStringLiteral("?"));
        }
        // A body may have been merged into one with a larger id: the merge is written once every
        // body is there, as constraints on a server cannot wait for the commit.
        const bool bodies = table == QLatin1String("body");
        const int mergedInto = columns.indexOf(QStringLiteral("merged_into"));
        const int mergedOn = columns.indexOf(QStringLiteral("merged_on"));
        Statement insert(m_target, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, columns.join(QLatin1Char(',')),
                                            marks.join(QLatin1Char(','))));
        QList<QVariantList> merges;
        qint64 done = 0;
        while (rows.next()) {
            for (int column = 0; column < columns.size(); ++column) {
                QVariant value = rows.value(column);
                if (bodies && (column == mergedInto || column == mergedOn) && !value.isNull()) {
                    if (column == mergedInto)
                        merges.append(
                            {rows.value(mergedInto), rows.value(mergedOn), rows.value(0)});
                    value = QVariant();
                }
                // A server's timestamptz arrives as a QDateTime: a file keeps UTC ISO text with
                // its Z, as RowVersions writes it, not QtSql's local text without a zone.
                if (value.typeId() == QMetaType::QDateTime && !value.isNull() &&
                    m_target.engine() == Engine::Sqlite)
                    value = value.toDateTime().toUTC().toString(Qt::ISODate);
                insert.bind(value);
            }
            insert.exec();
            if (progress && ++done % 500 == 0)
                progress(table, done, total);
        }
        if (rows.lastError().isValid())
            throw storageErrorFrom(rows.lastError(), {}, m_source.engine());
        Statement merge(
            m_target,
            QStringLiteral("UPDATE body SET merged_into = ?, merged_on = ? WHERE id = ?"));
        for (const QVariantList& values : merges)
            merge.bind(values.at(0)).bind(values.at(1)).bind(values.at(2)).exec();
        if (progress)
            progress(table, total, total);
    }
    SqlDialect::resetIdSequences(m_target);
    pause.resume();
    transaction.commit();
}

} // namespace jalaseh::storage
