// Schema version 8: live updates (see ChangeListener.h). On PostgreSQL, every statement that
// changes a table the window shows announces itself on the channel `jalaseh_changes` once it is
// committed, so that every open window (and a change made with psql or another program) is seen
// by the others. On SQLite nothing: a second window notices a file's changes by itself
// (PRAGMA data_version). Version 7 is the row versions' step. Released: never edit this file;
// change the schema with a new step (see Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Statement.h"

namespace jalaseh::storage {
namespace {

// The tables announced, each with the SQL that names the meeting of one of its changed rows `r`
// (empty: the table belongs to no meeting).
struct Announced
{
    const char* table;
    const char* meetingOf;
};

constexpr Announced announcedTables[] = {
    {"organisation", ""},
    {"letterhead_line", ""},
    {"person", ""},
    {"body", ""},
    {"membership", ""},
    {"meeting_series", ""},
    {"meeting", "r.id"},
    {"attendance", "r.meeting_id"},
    {"agenda_item", "r.meeting_id"},
    {"contribution", "r.meeting_id"},
    {"proposal", "r.meeting_id"},
    {"proposal_supporter", "(SELECT p.meeting_id FROM proposal p WHERE p.id = r.proposal_id)"},
    {"decision", "r.meeting_id"},
    {"decision_review", "r.meeting_id"},
    {"action_item", "r.meeting_id"},
};

} // namespace

void createSchemaV8(Database& database)
{
    if (database.engine() != Engine::Postgres)
        return;
    // One notification a statement, not a row, naming the table and the meetings it touched
    // (at most 200; more, or rows whose meeting is unknown, are "every meeting": null). Row ids
    // are left out on purpose: the server delivers identical notifications of one transaction
    // once, so an import of a thousand rows into one meeting is one notification a table, and
    // the window reloads a meeting's rows together anyway. A statement that touched no row says
    // nothing. `jalaseh.quiet` (SET LOCAL) silences a bulk copy, which announces itself once.
    // NOTIFY is sent at commit and dropped on rollback, so only committed changes are heard.
    Statement(database,
              QStringLiteral(
                  "CREATE FUNCTION jalaseh_announce() RETURNS trigger LANGUAGE plpgsql AS $f$ "
                  "DECLARE meeting_of text := TG_ARGV[0]; source text; touched bigint; "
                  "meetings bigint[]; "
                  "BEGIN "
                  "IF coalesce(current_setting('jalaseh.quiet', true), '') = 'on' THEN "
                  "RETURN NULL; END IF; "
                  "source := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM jalaseh_new' "
                  "WHEN 'DELETE' THEN 'SELECT * FROM jalaseh_old' "
                  "ELSE 'SELECT * FROM jalaseh_new UNION ALL SELECT * FROM jalaseh_old' END; "
                  "EXECUTE format('SELECT count(*), array_agg(DISTINCT m ORDER BY m) FROM "
                  "(SELECT %s AS m FROM (%s) r) x', coalesce(nullif(meeting_of, ''), "
                  "'NULL::bigint'), source) INTO touched, meetings; "
                  "IF touched = 0 THEN RETURN NULL; END IF; "
                  "IF meetings IS NOT NULL AND (array_length(meetings, 1) > 200 "
                  "OR array_position(meetings, NULL) IS NOT NULL) THEN meetings := NULL; END IF; "
                  // A supporter's proposal went with its meeting, which says so.
                  "IF meetings IS NULL AND TG_TABLE_NAME = 'proposal_supporter' THEN "
                  "RETURN NULL; END IF; "
                  "PERFORM pg_notify('jalaseh_changes', json_build_object('pid', "
                  "pg_backend_pid(), 'table', TG_TABLE_NAME, 'meetings', meetings)::text); "
                  "RETURN NULL; "
                  "END $f$"))
        .exec();
    for (const Announced& announced : announcedTables) {
        const QString table = QString::fromLatin1(announced.table);
        const QString argument = QString::fromLatin1(announced.meetingOf);
        const auto trigger = [&](const char* event, const char* transitions) {
            Statement(database, QStringLiteral("CREATE TRIGGER %1_announce_%2 AFTER %3 ON %1 "
                                               "REFERENCING %4 FOR EACH STATEMENT "
                                               "EXECUTE FUNCTION jalaseh_announce('%5')")
                                    .arg(table, QString::fromLatin1(event).toLower(),
                                         QString::fromLatin1(event),
                                         QString::fromLatin1(transitions), argument))
                .exec();
        };
        trigger("INSERT", "NEW TABLE AS jalaseh_new");
        trigger("UPDATE", "OLD TABLE AS jalaseh_old NEW TABLE AS jalaseh_new");
        trigger("DELETE", "OLD TABLE AS jalaseh_old");
    }
}

} // namespace jalaseh::storage
