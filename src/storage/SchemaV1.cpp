// Schema version 1: every entity of the product except action items. Released: never edit this
// file; change the schema with a new step (see Migration.h).
#include "storage/Migration.h"
#include "storage/SchemaDefinition.h"

namespace jalaseh::storage {

void createSchemaV1(Database& database)
{
    executeSchema(
        database,
        {
            // 'JLSH': lets open() tell a Jalaseh file from any other SQLite file.
            "PRAGMA application_id = 1246516040",

            // The one organisation whose meetings this file records.
            R"(CREATE TABLE organisation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            logo_png BLOB
        ))",
            R"(CREATE TABLE letterhead_line (
            position INTEGER PRIMARY KEY CHECK (position >= 1),
            text TEXT NOT NULL
        ))",

            R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            family_name TEXT NOT NULL CHECK (trim(family_name) <> ''),
            given_name TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT 'unspecified'
                CHECK (gender IN ('unspecified', 'female', 'male')),
            academic_title TEXT NOT NULL DEFAULT 'none'
                CHECK (academic_title IN ('none', 'doctor', 'engineer')),
            affiliation TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        ))",

            // A merged working group keeps its row and history and points at the body it joined.
            R"(CREATE TABLE body (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('steering_committee', 'working_group', 'other')),
            description TEXT NOT NULL DEFAULT '',
            merged_into INTEGER REFERENCES body (id) ON DELETE RESTRICT,
            merged_on TEXT CHECK (date(merged_on) = merged_on),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            CHECK (merged_into <> id),
            CHECK (merged_on IS NULL OR merged_into IS NOT NULL)
        ))",

            R"(CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
            body_id INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('lead', 'deputy', 'secretary', 'member')),
            from_date TEXT CHECK (date(from_date) = from_date),
            until_date TEXT CHECK (date(until_date) = until_date),
            CHECK (until_date >= from_date)
        ))",
            "CREATE INDEX membership_by_body ON membership (body_id, from_date)",
            "CREATE INDEX membership_by_person ON membership (person_id)",

            R"(CREATE TABLE meeting_series (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            body_id INTEGER REFERENCES body (id) ON DELETE RESTRICT
        ))",
            "CREATE INDEX meeting_series_by_body ON meeting_series (body_id)",

            // Dates are Gregorian ISO text (shown Jalali); times are "HH:MM".
            R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            series_id INTEGER NOT NULL REFERENCES meeting_series (id) ON DELETE RESTRICT,
            number INTEGER NOT NULL CHECK (number >= 1),
            title TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL CHECK (mode IN ('in_person', 'online', 'hybrid')),
            venue TEXT NOT NULL DEFAULT '',
            online_link TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL CHECK (date(date) = date),
            start_time TEXT CHECK (strftime('%H:%M', start_time) = start_time),
            end_time TEXT CHECK (strftime('%H:%M', end_time) = end_time),
            chair_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            secretary_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'minutes_approved')),
            summary TEXT NOT NULL DEFAULT '',
            UNIQUE (series_id, number),
            CHECK (end_time > start_time)
        ))",
            "CREATE INDEX meeting_by_date ON meeting (date, start_time)",

            R"(CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('member', 'lead', 'guest', 'steering_committee',
                                               'secretary', 'chair')),
            status TEXT NOT NULL
                CHECK (status IN ('present', 'absent', 'excused', 'late', 'left_early')),
            reason TEXT NOT NULL DEFAULT '',
            minutes_late INTEGER NOT NULL DEFAULT 0 CHECK (minutes_late >= 0),
            represents_body_id INTEGER REFERENCES body (id) ON DELETE RESTRICT,
            UNIQUE (meeting_id, person_id)
        ))",
            "CREATE INDEX attendance_by_person ON attendance (person_id)",

            R"(CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            is_question INTEGER NOT NULL DEFAULT 0 CHECK (is_question IN (0, 1))
        ))",
            "CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position)",

            R"(CREATE TABLE contribution (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            speaker_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
            agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
            text TEXT NOT NULL DEFAULT ''
        ))",
            "CREATE INDEX contribution_by_meeting ON contribution (meeting_id, position)",
            "CREATE INDEX contribution_by_speaker ON contribution (speaker_id)",
            "CREATE INDEX contribution_by_agenda_item ON contribution (agenda_item_id)",

            R"(CREATE TABLE proposal (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            text TEXT NOT NULL DEFAULT '',
            proposer_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            status TEXT NOT NULL
                CHECK (status IN ('open', 'adopted', 'rejected', 'withdrawn', 'deferred')),
            agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL
        ))",
            "CREATE INDEX proposal_by_meeting ON proposal (meeting_id, position)",
            "CREATE INDEX proposal_by_agenda_item ON proposal (agenda_item_id)",
            R"(CREATE TABLE proposal_supporter (
            proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
            position INTEGER NOT NULL CHECK (position >= 1),
            PRIMARY KEY (proposal_id, person_id)
        ) WITHOUT ROWID)",
            "CREATE INDEX proposal_supporter_by_person ON proposal_supporter (person_id)",

            R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('approved', 'rejected', 'deferred')),
            responsible_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            deadline TEXT CHECK (date(deadline) = deadline),
            follow_up TEXT NOT NULL
                CHECK (follow_up IN ('open', 'in_progress', 'done', 'overdue')),
            proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL
        ))",
            "CREATE INDEX decision_by_meeting ON decision (meeting_id, position)",
            "CREATE INDEX decision_by_follow_up ON decision (follow_up, deadline)",
            "CREATE INDEX decision_by_responsible ON decision (responsible_id)",
            "CREATE INDEX decision_by_proposal ON decision (proposal_id)",
            // The later meetings that took up a decision (a deferred one comes back).
            R"(CREATE TABLE decision_review (
            decision_id INTEGER NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            PRIMARY KEY (decision_id, meeting_id)
        ) WITHOUT ROWID)",
            "CREATE INDEX decision_review_by_meeting ON decision_review (meeting_id)",
        });
}

} // namespace jalaseh::storage
