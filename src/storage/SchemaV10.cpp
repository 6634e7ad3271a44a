// Schema version 10: history (see ChangeLogRepository.h). Every change of a meeting's record —
// the meeting, its attendance, agenda, contributions, proposals, decisions, action items and the
// versions of its minutes — is written into `change_log` by triggers, with who made it, when, and
// each changed column's value before and after. On a server the triggers run as the tables' owner
// (SECURITY DEFINER) and name the login with session_user, and no other login may write the log:
// it says what the server saw, not what a program chose to tell. In a file the program names its
// user in `change_log_actor` at the start of each write (Transaction.cpp). Released: never edit
// this file; change the schema with a new step (see Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"
#include "storage/Statement.h"

namespace jalaseh::storage {
namespace {

// A table whose changes are logged, the column naming a row's meeting, and the columns whose
// changes are worth telling. Positions, search keys and the rows' versions are left out: moving
// one row renumbers its neighbours, and the others are machinery.
struct Logged
{
    const char* table;
    const char* meetingColumn;
    const char* columns;
};

constexpr Logged loggedTables[] = {
    {"meeting", "id",
     "series_id number title mode venue online_link date start_time end_time chair_id "
     "secretary_id status summary"},
    {"attendance", "meeting_id", "person_id role status reason minutes_late represents_body_id"},
    {"agenda_item", "meeting_id", "title description is_question"},
    {"contribution", "meeting_id", "speaker_id agenda_item_id text"},
    {"proposal", "meeting_id", "text proposer_id status agenda_item_id"},
    {"decision", "meeting_id", "text status responsible_id deadline follow_up proposal_id"},
    {"action_item", "meeting_id", "decision_id task owner_id deadline state"},
    {"minutes_version", "meeting_id", "version amend_reason approved_at approved_by document_id"},
};

QStringList columnsOf(const Logged& logged)
{
    return QString::fromLatin1(logged.columns).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void run(Database& database, const QString& sql)
{
    Statement(database, sql).exec();
}

// {"column": [before, after], ...} for the columns that differ (an insert's "before" and a
// delete's "after" are null), built by SQLite's JSON functions.
QString sqliteChanges(const Logged& logged, const QString& operation)
{
    QStringList parts;
    for (const QString& column : columnsOf(logged)) {
        const QString before =
            operation == QLatin1String("INSERT") ? QStringLiteral("NULL") : u"OLD." + column;
        const QString after =
            operation == QLatin1String("DELETE") ? QStringLiteral("NULL") : u"NEW." + column;
        const QString differs =
            operation == QLatin1String("UPDATE")
                ? QStringLiteral("%1 IS NOT %2").arg(after, before)
                : QStringLiteral("coalesce(%1, %2) IS NOT NULL").arg(after, before);
        parts.append(QStringLiteral("SELECT '%1' AS k, json_array(%2, %3) AS v WHERE %4")
                         .arg(column, before, after, differs));
    }
    return QStringLiteral("(SELECT json_group_object(k, json(v)) FROM (%1))")
        .arg(parts.join(QStringLiteral(" UNION ALL ")));
}

void createSqliteTriggers(Database& database)
{
    run(database, QStringLiteral("CREATE TABLE change_log_actor (id INTEGER PRIMARY KEY CHECK "
                                 "(id = 1), name TEXT NOT NULL DEFAULT '', paused INTEGER NOT "
                                 "NULL DEFAULT 0 CHECK (paused IN (0, 1)))"));
    run(database, QStringLiteral("INSERT INTO change_log_actor (id) VALUES (1)"));
    for (const Logged& logged : loggedTables) {
        const QString table = QString::fromLatin1(logged.table);
        const QString meeting = QString::fromLatin1(logged.meetingColumn);
        for (const QString& operation :
             {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            const QString row = operation == QLatin1String("DELETE") ? QStringLiteral("OLD")
                                                                     : QStringLiteral("NEW");
            QString when = QStringLiteral("(SELECT paused FROM change_log_actor) = 0");
            if (operation == QLatin1String("UPDATE")) {
                QStringList differs;
                for (const QString& column : columnsOf(logged))
                    differs.append(QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(column));
                when += QStringLiteral(" AND (%1)").arg(differs.join(QStringLiteral(" OR ")));
            }
            run(database,
                QStringLiteral("CREATE TRIGGER %1_history_%2 AFTER %3 ON %1 WHEN %4 BEGIN "
                               "INSERT INTO change_log (changed_at, login, table_name, row_id, "
                               "meeting_id, action, changes) VALUES "
                               "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                               "(SELECT name FROM change_log_actor), '%1', %5.id, %5.%6, '%7', "
                               "%8); END")
                    .arg(table, operation.toLower(), operation, when, row, meeting,
                         operation.toLower(), sqliteChanges(logged, operation)));
        }
    }
}

void createPostgresTriggers(Database& database)
{
    Statement schema(database, QStringLiteral("SELECT quote_ident(current_schema())"));
    schema.exec();
    schema.next();
    // SECURITY DEFINER: the function writes the log as the tables' owner, so that no other login
    // needs (or gets) the right to. Inside it current_user is the owner and session_user the
    // login that made the change. A bulk copy may pause the log (`jalaseh.history` off, SET
    // LOCAL), but only the owner's: an editor's pause is ignored.
    run(database,
        QStringLiteral(
            "CREATE FUNCTION jalaseh_history() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = %1, pg_temp AS $f$ "
            "DECLARE before jsonb; after jsonb; changes jsonb := '{}'; name text; "
            "BEGIN "
            "IF coalesce(current_setting('jalaseh.history', true), '') = 'off' "
            "AND pg_has_role(session_user, current_user, 'USAGE') THEN RETURN NULL; END IF; "
            "IF TG_OP <> 'INSERT' THEN before := to_jsonb(OLD); END IF; "
            "IF TG_OP <> 'DELETE' THEN after := to_jsonb(NEW); END IF; "
            "FOREACH name IN ARRAY string_to_array(TG_ARGV[1], ' ') LOOP "
            "IF coalesce(before -> name, 'null') IS DISTINCT FROM coalesce(after -> name, 'null') "
            "THEN changes := changes || jsonb_build_object(name, jsonb_build_array(before -> name, "
            "after -> name)); END IF; "
            "END LOOP; "
            "IF changes = '{}' AND TG_OP = 'UPDATE' THEN RETURN NULL; END IF; "
            "INSERT INTO change_log (changed_at, login, table_name, row_id, meeting_id, action, "
            "changes) VALUES (now(), session_user, TG_TABLE_NAME, "
            "(coalesce(after, before) ->> 'id')::bigint, "
            "(coalesce(after, before) ->> TG_ARGV[0])::bigint, lower(TG_OP), changes::text); "
            "RETURN NULL; "
            "END $f$")
            .arg(schema.text(0)));
    for (const Logged& logged : loggedTables) {
        run(database,
            QStringLiteral("CREATE TRIGGER %1_history AFTER INSERT OR UPDATE OR DELETE "
                           "ON %1 FOR EACH ROW EXECUTE FUNCTION "
                           "jalaseh_history('%2', '%3')")
                .arg(QString::fromLatin1(logged.table), QString::fromLatin1(logged.meetingColumn),
                     QString::fromLatin1(logged.columns)));
    }
}

} // namespace

void createSchemaV10(Database& database)
{
    // No reference to the meeting: the log outlives what it tells of, a deleted meeting too.
    // Times: a server's timestamptz, a file's UTC ISO text (as changed_at of the rows).
    executeSchema(database,
                  {
                      R"(CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            changed_at TEXT NOT NULL,
            login TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            meeting_id INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            changes TEXT NOT NULL DEFAULT '{}'
        ))",
                      "CREATE INDEX change_log_by_meeting ON change_log (meeting_id, id)",
                      "CREATE INDEX change_log_by_row ON change_log (table_name, row_id, id)",
                  });
    if (database.engine() == Engine::Sqlite) {
        createSqliteTriggers(database);
        return;
    }
    run(database, QStringLiteral("ALTER TABLE change_log ALTER COLUMN changed_at TYPE timestamptz "
                                 "USING changed_at::timestamptz"));
    createPostgresTriggers(database);
}

} // namespace jalaseh::storage
