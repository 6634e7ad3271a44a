// Schema version 12: attachments (see AttachmentRepository.h). Files attached to a meeting, kept
// whole in a table of their own so that no list of meetings reads their bytes; the organisation's
// limit on one file's size. Their history (step 10's change_log) tells of a file added or removed
// by name, size, media type and SHA-256, never its bytes; their meeting's approved minutes freeze
// them as step 9 freezes the rest of the meeting; a server announces their changes (step 8).
// Step 11 is the votes' step. Released: never edit this file; change the schema with a new step
// (see Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"
#include "storage/Statement.h"

namespace jalaseh::storage {
namespace {

// The columns the history tells of: every one but the bytes.
const QStringList loggedColumns{QStringLiteral("name"), QStringLiteral("size"),
                                QStringLiteral("media_type"), QStringLiteral("sha256")};

// Step 9's marker, which StorageError turns into its sentence about approved minutes.
constexpr char approvedMarker[] = "jalaseh_minutes_approved";

QString frozenCondition(const QString& meeting)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM minutes_version v WHERE v.meeting_id = %1 AND "
                          "v.approved_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM "
                          "minutes_version v WHERE v.meeting_id = %1 AND v.approved_at IS NULL))")
        .arg(meeting);
}

void run(Database& database, const QString& sql)
{
    Statement(database, sql).exec();
}

QString sqliteChanges(const QString& operation)
{
    QStringList parts;
    for (const QString& column : loggedColumns) {
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
    for (const QString& operation :
         {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
        const QString row =
            operation == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
        QString when = QStringLiteral("(SELECT paused FROM change_log_actor) = 0");
        if (operation == QLatin1String("UPDATE")) {
            QStringList differs;
            for (const QString& column : loggedColumns)
                differs.append(QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(column));
            when += QStringLiteral(" AND (%1)").arg(differs.join(QStringLiteral(" OR ")));
        }
        run(database,
            QStringLiteral("CREATE TRIGGER attachment_history_%1 AFTER %2 ON attachment WHEN %3 "
                           "BEGIN INSERT INTO change_log (changed_at, login, table_name, row_id, "
                           "meeting_id, action, changes) VALUES "
                           "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                           "(SELECT name FROM change_log_actor), 'attachment', %4.id, "
                           "%4.meeting_id, '%1', %5); END")
                .arg(operation.toLower(), operation, when, row, sqliteChanges(operation)));
    }
    const QString raise =
        QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(approvedMarker));
    run(database, QStringLiteral("CREATE TRIGGER attachment_frozen_insert BEFORE INSERT ON "
                                 "attachment WHEN %1 %2")
                      .arg(frozenCondition(QStringLiteral("NEW.meeting_id")), raise));
    run(database, QStringLiteral("CREATE TRIGGER attachment_frozen_update BEFORE UPDATE ON "
                                 "attachment WHEN %1 OR %2 %3")
                      .arg(frozenCondition(QStringLiteral("OLD.meeting_id")),
                           frozenCondition(QStringLiteral("NEW.meeting_id")), raise));
    run(database, QStringLiteral("CREATE TRIGGER attachment_frozen_delete BEFORE DELETE ON "
                                 "attachment WHEN %1 %2")
                      .arg(frozenCondition(QStringLiteral("OLD.meeting_id")), raise));
}

void createPostgresTriggers(Database& database)
{
    Statement schema(database, QStringLiteral("SELECT quote_ident(current_schema())"));
    schema.exec();
    schema.next();
    // Step 10's jalaseh_history() would turn the whole row into JSON, bytes and all: this one
    // reads the logged columns alone. As there, it writes as the owner, and only the owner's
    // pause counts.
    QStringList changes;
    for (const QString& column : loggedColumns)
        changes.append(
            QStringLiteral("IF (TG_OP = 'INSERT' AND NEW.%1 IS NOT NULL) OR (TG_OP = 'DELETE' "
                           "AND OLD.%1 IS NOT NULL) OR (TG_OP = 'UPDATE' AND NEW.%1 IS DISTINCT "
                           "FROM OLD.%1) THEN changes := changes || jsonb_build_object('%1', "
                           "jsonb_build_array(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE "
                           "to_jsonb(OLD.%1) END, CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE "
                           "to_jsonb(NEW.%1) END)); END IF; ")
                .arg(column));
    run(database,
        QStringLiteral(
            "CREATE FUNCTION jalaseh_attachment_history() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = %1, pg_temp AS $f$ "
            "DECLARE changes jsonb := '{}'; "
            "BEGIN "
            "IF coalesce(current_setting('jalaseh.history', true), '') = 'off' "
            "AND pg_has_role(session_user, current_user, 'USAGE') THEN RETURN NULL; END IF; "
            "%2"
            "IF changes = '{}' AND TG_OP = 'UPDATE' THEN RETURN NULL; END IF; "
            "INSERT INTO change_log (changed_at, login, table_name, row_id, meeting_id, action, "
            "changes) VALUES (now(), session_user, TG_TABLE_NAME, "
            "CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, "
            "CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END, "
            "lower(TG_OP), changes::text); "
            "RETURN NULL; "
            "END $f$")
            .arg(schema.text(0), changes.join(QString())));
    run(database, QStringLiteral("CREATE TRIGGER attachment_history AFTER INSERT OR UPDATE OR "
                                 "DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION "
                                 "jalaseh_attachment_history()"));
    // As step 9's: a change first takes a share of the meeting's row, which an approval holds.
    const QString raise = QStringLiteral("RAISE EXCEPTION '%1' USING ERRCODE = 'P0001'")
                              .arg(QLatin1String(approvedMarker));
    run(database,
        QStringLiteral("CREATE FUNCTION jalaseh_frozen_attachment() RETURNS trigger LANGUAGE "
                       "plpgsql AS $f$ BEGIN "
                       "IF TG_OP <> 'INSERT' THEN PERFORM 1 FROM meeting m WHERE m.id = "
                       "OLD.meeting_id FOR SHARE; IF %1 THEN %3; END IF; END IF; "
                       "IF TG_OP <> 'DELETE' THEN PERFORM 1 FROM meeting m WHERE m.id = "
                       "NEW.meeting_id FOR SHARE; IF %2 THEN %3; END IF; END IF; "
                       "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $f$")
            .arg(frozenCondition(QStringLiteral("OLD.meeting_id")),
                 frozenCondition(QStringLiteral("NEW.meeting_id")), raise));
    run(database, QStringLiteral("CREATE TRIGGER attachment_frozen BEFORE INSERT OR UPDATE OR "
                                 "DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION "
                                 "jalaseh_frozen_attachment()"));
    // Step 8's announcement, naming the meetings touched.
    for (const auto& [event, transitions] :
         {std::pair{QStringLiteral("INSERT"), QStringLiteral("NEW TABLE AS jalaseh_new")},
          std::pair{QStringLiteral("UPDATE"),
                    QStringLiteral("OLD TABLE AS jalaseh_old NEW TABLE AS jalaseh_new")},
          std::pair{QStringLiteral("DELETE"), QStringLiteral("OLD TABLE AS jalaseh_old")}})
        run(database, QStringLiteral("CREATE TRIGGER attachment_announce_%1 AFTER %2 ON "
                                     "attachment REFERENCING %3 FOR EACH STATEMENT EXECUTE "
                                     "FUNCTION jalaseh_announce('r.meeting_id')")
                          .arg(event.toLower(), event, transitions));
}

} // namespace

void createSchemaV12(Database& database)
{
    executeSchema(database,
                  {
                      R"(CREATE TABLE attachment (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            size INTEGER NOT NULL CHECK (size >= 0),
            media_type TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            content BLOB NOT NULL,
            CHECK (length(content) = size)
        ))",
                      "CREATE INDEX attachment_by_meeting ON attachment (meeting_id, id)",
                      // 20 MB until the settings say otherwise; at most 500 MB.
                      "ALTER TABLE organisation ADD COLUMN attachment_limit INTEGER NOT NULL "
                      "DEFAULT 20971520 CHECK (attachment_limit BETWEEN 1 AND 524288000)",
                  });
    if (database.engine() == Engine::Sqlite)
        createSqliteTriggers(database);
    else
        createPostgresTriggers(database);
}

} // namespace jalaseh::storage
