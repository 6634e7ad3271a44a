// Schema version 9: minutes of record (see MinutesVersionRepository.h). The versions of each
// meeting's approved minutes with their snapshots, and the rule that an approved meeting is not
// edited: triggers on both engines, so that no program (nor psql) changes what the minutes of
// record say; on a server only the secretariat may write the versions at all (its grants). The
// organisation's verification address, printed in the documents' QR code. Released: never edit
// this file; change the schema with a new step (see Migration.h).
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"
#include "storage/Statement.h"

namespace jalaseh::storage {
namespace {

// A meeting's row, and the columns whose change edits its minutes. Columns not listed may still
// change once the minutes are approved: a decision's status (a deferred decision taken up in a
// later meeting) and follow-up, an action item's state, and the search keys. decision_review is
// not frozen: its rows are written by the later meeting that takes a decision up, and the
// snapshot keeps which decisions the approved minutes carried over.
struct Frozen
{
    const char* table;
    const char* meetingOf; // SQL naming the meeting of the row `r` (NEW or OLD)
    const char* columns;
};

constexpr Frozen frozenTables[] = {
    {"meeting", "r.id",
     "series_id number title mode venue online_link date start_time end_time chair_id "
     "secretary_id status summary"},
    {"attendance", "r.meeting_id",
     "meeting_id person_id role status reason minutes_late represents_body_id"},
    {"agenda_item", "r.meeting_id", "meeting_id position title description is_question"},
    {"contribution", "r.meeting_id", "meeting_id position speaker_id agenda_item_id text"},
    {"proposal", "r.meeting_id", "meeting_id position text proposer_id status agenda_item_id"},
    {"proposal_supporter", "(SELECT p.meeting_id FROM proposal p WHERE p.id = r.proposal_id)",
     "proposal_id person_id position"},
    {"decision", "r.meeting_id", "meeting_id position text responsible_id deadline proposal_id"},
    {"action_item", "r.meeting_id", "meeting_id decision_id task owner_id deadline"},
};

// The marker StorageError looks for (Statement.cpp) to say in plain words what was refused.
constexpr char approvedMarker[] = "jalaseh_minutes_approved";

QString frozenCondition(const QString& meeting)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM minutes_version v WHERE v.meeting_id = %1 AND "
                          "v.approved_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM "
                          "minutes_version v WHERE v.meeting_id = %1 AND v.approved_at IS NULL))")
        .arg(meeting);
}

QString rowOf(const char* meetingOf, const QString& row)
{
    QString sql = QString::fromLatin1(meetingOf);
    return sql.replace(QLatin1String("r."), row + QLatin1Char('.'));
}

QString changed(const Frozen& frozen, Engine engine)
{
    QStringList tests;
    const QString distinct =
        engine == Engine::Sqlite ? QStringLiteral("IS NOT") : QStringLiteral("IS DISTINCT FROM");
    for (const QString& column :
         QString::fromLatin1(frozen.columns).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tests.append(QStringLiteral("NEW.%1 %2 OLD.%1").arg(column, distinct));
    return QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void run(Database& database, const QString& sql)
{
    Statement(database, sql).exec();
}

void createSqliteTriggers(Database& database)
{
    const QString raise =
        QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(approvedMarker));
    for (const Frozen& frozen : frozenTables) {
        const QString table = QString::fromLatin1(frozen.table);
        const QString oldFrozen = frozenCondition(rowOf(frozen.meetingOf, QStringLiteral("OLD")));
        const QString newFrozen = frozenCondition(rowOf(frozen.meetingOf, QStringLiteral("NEW")));
        if (table != QLatin1String("meeting"))
            run(database, QStringLiteral("CREATE TRIGGER %1_frozen_insert BEFORE INSERT ON %1 "
                                         "WHEN %2 %3")
                              .arg(table, newFrozen, raise));
        run(database,
            QStringLiteral("CREATE TRIGGER %1_frozen_update BEFORE UPDATE ON %1 "
                           "WHEN (%2 OR %3) AND %4 %5")
                .arg(table, oldFrozen, newFrozen, changed(frozen, Engine::Sqlite), raise));
        // A meeting with approved minutes is kept whole, even while an amendment is open.
        const QString deleteCondition =
            table == QLatin1String("meeting")
                ? QStringLiteral("EXISTS (SELECT 1 FROM minutes_version v WHERE "
                                 "v.meeting_id = OLD.id)")
                : oldFrozen;
        run(database, QStringLiteral("CREATE TRIGGER %1_frozen_delete BEFORE DELETE ON %1 "
                                     "WHEN %2 %3")
                          .arg(table, deleteCondition, raise));
    }
    run(database, QStringLiteral("CREATE TRIGGER minutes_version_frozen_update BEFORE UPDATE ON "
                                 "minutes_version WHEN OLD.approved_at IS NOT NULL %1")
                      .arg(raise));
    run(database, QStringLiteral("CREATE TRIGGER minutes_version_frozen_delete BEFORE DELETE ON "
                                 "minutes_version WHEN OLD.approved_at IS NOT NULL %1")
                      .arg(raise));
}

void createPostgresTriggers(Database& database)
{
    const QString raise = QStringLiteral("RAISE EXCEPTION '%1' USING ERRCODE = 'P0001'")
                              .arg(QLatin1String(approvedMarker));
    for (const Frozen& frozen : frozenTables) {
        const QString table = QString::fromLatin1(frozen.table);
        const QString oldFrozen = frozenCondition(rowOf(frozen.meetingOf, QStringLiteral("OLD")));
        const QString newFrozen = frozenCondition(rowOf(frozen.meetingOf, QStringLiteral("NEW")));
        const QString deleteCondition =
            table == QLatin1String("meeting")
                ? QStringLiteral("EXISTS (SELECT 1 FROM minutes_version v WHERE "
                                 "v.meeting_id = OLD.id)")
                : oldFrozen;
        // A change of the minutes first takes a share of the meeting's row, which an approval
        // holds for update (MinutesVersionRepository::lockMeeting): the change waits for the
        // approval and is then refused, or the approval waits and then snapshots it. Only for
        // changes of the minutes: a lead changing a follow-up may not lock a meeting's row.
        const QString lockMeeting =
            table == QLatin1String("meeting")
                ? QString()
                : QStringLiteral("IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR %1) THEN "
                                 "PERFORM 1 FROM meeting m WHERE m.id = %2 FOR SHARE; END IF; "
                                 "IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR %1) THEN "
                                 "PERFORM 1 FROM meeting m WHERE m.id = %3 FOR SHARE; END IF; ")
                      .arg(changed(frozen, Engine::Postgres),
                           rowOf(frozen.meetingOf, QStringLiteral("OLD")),
                           rowOf(frozen.meetingOf, QStringLiteral("NEW")));
        run(database,
            QStringLiteral("CREATE FUNCTION jalaseh_frozen_%1() RETURNS trigger LANGUAGE plpgsql "
                           "AS $f$ BEGIN %7"
                           "IF TG_OP = 'INSERT' AND %2 THEN %5; END IF; "
                           "IF TG_OP = 'UPDATE' AND (%3 OR %2) AND %4 THEN %5; END IF; "
                           "IF TG_OP = 'DELETE' AND %6 THEN %5; END IF; "
                           "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $f$")
                .arg(table, newFrozen, oldFrozen, changed(frozen, Engine::Postgres), raise,
                     deleteCondition, lockMeeting));
        run(database, QStringLiteral("CREATE TRIGGER %1_frozen BEFORE INSERT OR UPDATE OR DELETE "
                                     "ON %1 FOR EACH ROW EXECUTE FUNCTION jalaseh_frozen_%1()")
                          .arg(table));
    }
    run(database, QStringLiteral("CREATE FUNCTION jalaseh_frozen_minutes_version() RETURNS "
                                 "trigger LANGUAGE plpgsql AS $f$ BEGIN "
                                 "IF OLD.approved_at IS NOT NULL THEN %1; END IF; "
                                 "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; "
                                 "END $f$")
                      .arg(raise));
    run(database, QStringLiteral("CREATE TRIGGER minutes_version_frozen BEFORE UPDATE OR DELETE "
                                 "ON minutes_version FOR EACH ROW EXECUTE FUNCTION "
                                 "jalaseh_frozen_minutes_version()"));
}

} // namespace

void createSchemaV9(Database& database)
{
    executeSchema(
        database,
        {
            // Version 1 is written when first approved; a later version when its amendment is
            // opened (its reason then) and completed when approved. Times are UTC ISO text.
            R"(CREATE TABLE minutes_version (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
            version INTEGER NOT NULL CHECK (version >= 1),
            amend_reason TEXT NOT NULL DEFAULT '',
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL DEFAULT '',
            approved_at TEXT,
            approved_by TEXT,
            snapshot TEXT,
            fingerprint TEXT,
            document_id TEXT UNIQUE,
            UNIQUE (meeting_id, version),
            CHECK (version = 1 OR trim(amend_reason) <> ''),
            CHECK ((approved_at IS NULL) = (snapshot IS NULL)),
            CHECK ((approved_at IS NULL) = (fingerprint IS NULL)),
            CHECK ((approved_at IS NULL) = (document_id IS NULL))
        ))",
            "ALTER TABLE organisation ADD COLUMN verification_address TEXT NOT NULL DEFAULT ''",
        });
    if (database.engine() == Engine::Sqlite)
        createSqliteTriggers(database);
    else
        createPostgresTriggers(database);
}

} // namespace jalaseh::storage
