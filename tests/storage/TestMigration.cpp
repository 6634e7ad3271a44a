// Files of every earlier schema version open, migrate forward with their data intact, and leave
// a backup of the file as it was first.
#include "StorageFixture.h"
#include "TestDatabases.h"
#include "core/ActionItem.h"
#include "storage/ActionItemRepository.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/Migration.h"
#include "storage/PersonRepository.h"
#include "storage/SearchKeys.h"
#include "storage/SearchRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <thread>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

// Rows as a secretary would have recorded them with version 1. The family name uses Arabic kaf
// and yeh as typed in the seed minutes; version 1 already stored normalised text, so the row
// keeps them only where the normaliser of that time kept them.
void fillVersion1(RawSqlite& raw)
{
    raw.exec(QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, ?)"),
             {QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور")});
    raw.exec(QStringLiteral("INSERT INTO letterhead_line VALUES (1, 'بسمه تعالی')"));
    raw.exec(QStringLiteral("INSERT INTO person (id, family_name, given_name, gender, "
                            "academic_title) VALUES (1, ?, ?, 'male', 'doctor')"),
             {QStringLiteral("طاهری"), QStringLiteral("علی")});
    raw.exec(QStringLiteral("INSERT INTO person (id, family_name, given_name, gender) "
                            "VALUES (2, ?, ?, 'female')"),
             {QStringLiteral("درخوش"), QStringLiteral("مریم")});
    raw.exec(QStringLiteral("INSERT INTO body (id, name, kind) VALUES (1, ?, 'working_group')"),
             {QStringLiteral("کارگروه تبادل تجربه")});
    raw.exec(QStringLiteral("INSERT INTO membership VALUES (1, 1, 1, 'lead', '2022-01-01', NULL)"));
    raw.exec(QStringLiteral("INSERT INTO meeting_series (id, name) VALUES (1, ?)"),
             {QStringLiteral("نشست راهبران کارگروه‌ها")});
    raw.exec(QStringLiteral("INSERT INTO meeting (id, series_id, number, title, mode, venue, date, "
                            "start_time, end_time, status) VALUES (1, 1, 1, ?, 'online', ?, "
                            "'2023-04-10', '12:00', '13:20', 'held')"),
             {QStringLiteral("گزارش جلسه راهبران"), QStringLiteral("سامانه دانشگاه صنعتی شریف")});
    raw.exec(QStringLiteral("INSERT INTO meeting (id, series_id, number, mode, date, status) "
                            "VALUES (2, 1, 2, 'online', '2023-05-08', 'planned')"));
    raw.exec(QStringLiteral("INSERT INTO attendance (meeting_id, person_id, role, status, "
                            "represents_body_id) VALUES (1, 1, 'lead', 'present', 1)"));
    raw.exec(QStringLiteral("INSERT INTO attendance (meeting_id, person_id, role, status, reason) "
                            "VALUES (1, 2, 'member', 'excused', 'سفر')"));
    raw.exec(QStringLiteral(
        "INSERT INTO agenda_item VALUES (1, 1, 1, 'ادغام کارگروه‌ها', '', 1)"));
    raw.exec(
        QStringLiteral("INSERT INTO contribution VALUES (1, 1, 1, 1, 1, ?)"),
        {QStringLiteral(
            "ارسال فعالیت‌های شبکه به ایفلا و کتابخانه‌های جهان")});
    raw.exec(QStringLiteral("INSERT INTO proposal VALUES (1, 1, 1, ?, 1, 'open', 1)"),
             {QStringLiteral("ادغام کارگروه‌ها")});
    raw.exec(QStringLiteral("INSERT INTO proposal_supporter VALUES (1, 2, 1)"));
    raw.exec(QStringLiteral("INSERT INTO decision VALUES (1, 1, 1, ?, 'deferred', 1, "
                            "'2023-06-01', 'open', 1)"),
             {QStringLiteral("تصمیم درباره ادغام به جلسات بعد موکول شد")});
    raw.exec(QStringLiteral("INSERT INTO decision_review VALUES (1, 2)"));
}

void makeVersion1(const QString& path)
{
    RawSqlite raw(path);
    raw.execFile(fixturePath(QStringLiteral("schema-v1.sql")));
    fillVersion1(raw);
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
    raw.exec(QStringLiteral("PRAGMA user_version = 1"));
}

// Version 2 files were written in WAL mode, as every Jalaseh since has done.
void makeVersion2(const QString& path)
{
    RawSqlite raw(path);
    raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    raw.execFile(fixturePath(QStringLiteral("schema-v1.sql")));
    raw.execFile(fixturePath(QStringLiteral("schema-v2.sql")));
    fillVersion1(raw);
    raw.exec(QStringLiteral("INSERT INTO action_item VALUES (1, 1, 1, ?, 2, '2023-06-01', "
                            "'in_progress')"),
             {QStringLiteral("پیگیری نامه به وزارت علوم")});
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId()));
    raw.exec(QStringLiteral("PRAGMA user_version = 2"));
}

// Version 3 added search keys and filled them from the rows with the normaliser of the time.
void makeVersion3(const QString& path)
{
    makeVersion2(path);
    RawSqlite raw(path);
    raw.execFile(fixturePath(QStringLiteral("schema-v3.sql")));
    for (const QVariantList& person :
         raw.rows(QStringLiteral("SELECT id, family_name, given_name FROM person"))) {
        const QString family = person[1].toString();
        const QString given = person[2].toString();
        raw.exec(QStringLiteral("UPDATE person SET family_key = ?, given_key = ?, search_key = ? "
                                "WHERE id = ?"),
                 {SearchKeys::of(family), SearchKeys::of(given),
                  SearchKeys::ofPerson(family, given), person[0]});
    }
    const std::pair<const char*, const char*> textColumns[] = {{"body", "name"},
                                                               {"meeting_series", "name"},
                                                               {"contribution", "text"},
                                                               {"proposal", "text"},
                                                               {"decision", "text"}};
    for (const auto& [table, column] : textColumns) {
        for (const QVariantList& row :
             raw.rows(QStringLiteral("SELECT id, %1 FROM %2")
                          .arg(QLatin1String(column), QLatin1String(table))))
            raw.exec(QStringLiteral("UPDATE %1 SET search_key = ? WHERE id = ?")
                         .arg(QLatin1String(table)),
                     {SearchKeys::of(row[1].toString()), row[0]});
    }
    for (const QVariantList& row :
         raw.rows(QStringLiteral("SELECT id, title, venue, summary FROM meeting"))) {
        Meeting meeting;
        meeting.title = row[1].toString();
        meeting.venue = row[2].toString();
        meeting.summary = row[3].toString();
        raw.exec(QStringLiteral("UPDATE meeting SET search_key = ? WHERE id = ?"),
                 {SearchKeys::ofMeeting(meeting), row[0]});
    }
    raw.exec(QStringLiteral("INSERT INTO storage_meta VALUES ('search_key_fingerprint', ?)"),
             {SearchKeys::fingerprint()});
    raw.exec(QStringLiteral("PRAGMA user_version = 3"));
}

// Version 4 added the trigram indexes over the keys (filled by its 'rebuild' statements).
void makeVersion4(const QString& path)
{
    makeVersion3(path);
    RawSqlite raw(path);
    raw.execFile(fixturePath(QStringLiteral("schema-v4.sql")));
    raw.exec(QStringLiteral("PRAGMA user_version = 4"));
}

// The tables that gained a version in step 7.
const QStringList versionedTables{
    QStringLiteral("person"),         QStringLiteral("body"),         QStringLiteral("membership"),
    QStringLiteral("meeting_series"), QStringLiteral("meeting"),      QStringLiteral("attendance"),
    QStringLiteral("agenda_item"),    QStringLiteral("contribution"), QStringLiteral("proposal"),
    QStringLiteral("decision"),       QStringLiteral("action_item"),
};

// A file as version 6 left it: version 4's rows taken to the current schema, then without step
// 7's columns.
void makeVersion6(const QString& path)
{
    makeVersion4(path);
    REQUIRE(Database::open(path).database);
    // The update from 4 made a backup: the file is new to the test that uses it.
    for (const BackupInfo& backup : BackupStore(path).list())
        REQUIRE(QFile::remove(backup.path));
    {
        auto opened = Database::open(path);
        REQUIRE(opened.database);
        QSqlDatabase connection = opened.database->connection();
        jalaseh::test::undoSchemaStepsFrom9(connection, false);
    }
    RawSqlite raw(path);
    for (const QString& table : versionedTables) {
        for (const char* column : {"version", "changed_by", "changed_at"})
            raw.exec(
                QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, QLatin1String(column)));
    }
    raw.exec(QStringLiteral("PRAGMA user_version = 6"));
}

// Each table's rows, in the columns the old file had.
QString dumpOfColumns(const QString& path, const QStringList& tables,
                      const QHash<QString, QStringList>& columns)
{
    RawSqlite raw(path);
    QString text;
    for (const QString& table : tables)
        text += raw.dumpTable(table, columns.value(table));
    return text;
}

struct OldFile
{
    int version;
    void (*make)(const QString&);
};

} // namespace

TEST_CASE("The schema steps lead to the current version", "[storage][migration]")
{
    const auto& steps = migrationSteps();
    REQUIRE(steps.size() >= 4);
    // Step 11 (votes) is another branch's until they are merged: the steps rise one by one but
    // for that gap.
    const bool gap = std::none_of(steps.cbegin(), steps.cend(),
                                  [](const MigrationStep& step) { return step.toVersion == 11; });
    for (qsizetype i = 0; i < steps.size(); ++i)
        CHECK(steps[i].toVersion == i + 1 + (gap && i + 1 >= 11 ? 1 : 0));
    CHECK(Database::currentSchemaVersion() == steps.constLast().toVersion);
}

TEST_CASE("Files of every earlier version migrate with their data and a backup first",
          "[storage][migration][sqlite]")
{
    const OldFile oldFile =
        GENERATE(OldFile{1, &makeVersion1}, OldFile{2, &makeVersion2}, OldFile{3, &makeVersion3},
                 OldFile{4, &makeVersion4}, OldFile{6, &makeVersion6});
    INFO("from version " << oldFile.version);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.db"));
    oldFile.make(path);

    QStringList tables;
    QHash<QString, QStringList> columns;
    QString rowsBefore;
    {
        RawSqlite raw(path);
        tables = raw.tableNames();
        for (const QString& table : tables)
            columns.insert(table, raw.columnsOf(table));
        rowsBefore = raw.dump();
    }

    auto result = Database::open(path);
    INFO(result.message.toStdString());
    REQUIRE(result.database);
    Database& database = *result.database;
    CHECK(database.schemaVersion() == Database::currentSchemaVersion());
    CHECK(database.migratedFromVersion() == oldFile.version);
    const auto backups = BackupStore(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().kind == BackupKind::BeforeMigration);
    const QString backup = backups.first().path;
    CHECK(database.backupPath() == backup);
    // In the store, not beside the file.
    CHECK(QDir(folder.path())
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .filter(QStringLiteral("backup"))
              .isEmpty());

    SECTION("the backup is the file as the older version left it")
    {
        REQUIRE(QFile::exists(backup));
        RawSqlite raw(backup);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == oldFile.version);
        CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() ==
              Database::applicationId());
        CHECK(raw.tableNames() == tables);
        CHECK(raw.dump() == rowsBefore);
    }
    SECTION("every old row is still there, column for column")
    {
        result.database.reset();
        CHECK(dumpOfColumns(path, tables, columns) == rowsBefore);
        RawSqlite raw(path);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() ==
              Database::currentSchemaVersion());
        CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    }
    SECTION("the migrated file has exactly the schema of a new file")
    {
        result.database.reset();
        TemporaryDatabase fresh;
        fresh.close();
        CHECK(RawSqlite(path).schema() == RawSqlite(fresh.path()).schema());
    }
    SECTION("old rows are at version 1, saved by nobody known")
    {
        for (const Person& person : PersonRepository(database).all()) {
            CHECK(person.version.number == 1);
            CHECK(person.version.changedBy.isEmpty());
            CHECK_FALSE(person.version.changedAt.isValid());
        }
    }
    SECTION("old rows got search keys and work with the repositories")
    {

        PersonRepository people(database);
        const auto found = people.findByName(QStringLiteral("طاهري"), QStringLiteral("علي"));
        REQUIRE(found.size() == 1);
        CHECK(found.first().title == AcademicTitle::Doctor);
        const auto hits = SearchRepository(database).search(QStringLiteral("ايفلا"));
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().kind == SearchHit::Kind::Contribution);
        CHECK(hits.first().meetingDate == QDate(2023, 4, 10));
        const auto decision = DecisionRepository(database).find(1);
        REQUIRE(decision);
        CHECK(decision->reviewedInMeetingIds == QList<Id>{2});
        CHECK(decision->proposalId == Id(1));

        ActionItem item;
        item.meetingId = 1;
        item.decisionId = 1;
        item.task = QStringLiteral("نامه به دفتر حمایت از پژوهش");
        ActionItemRepository(database).insert(item);
        CHECK(ActionItemRepository(database).ofMeeting(1).size() == (oldFile.version >= 2 ? 2 : 1));
    }
    SECTION("the organisation keeps its name and gets the bylaws' usual review rules")
    {
        SettingsRepository settings(database);
        CHECK(settings.organisation().name ==
              QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
        CHECK(settings.reviewRules() == ReviewRules{});
        settings.setReviewRules(
            {.consecutiveAbsences = 2, .absencesInOneYear = 4, .quietMonths = 6});
        CHECK(settings.reviewRules().quietMonths == 6);
        CHECK(settings.organisation().name ==
              QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    }
}

TEST_CASE("A second migration backup does not overwrite the first", "[storage][migration][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.db"));
    makeVersion1(path);
    QString firstBackup;
    {
        auto result = Database::open(path);
        REQUIRE(result.database);
        firstBackup = result.database->backupPath();
    }
    const FileSnapshot first = FileSnapshot::of(firstBackup);
    for (const char* side : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(side));
    makeVersion1(path); // the same name, an old file again: within the same second, too
    auto result = Database::open(path);
    REQUIRE(result.database);
    CHECK(result.database->backupPath() != firstBackup);
    CHECK(FileSnapshot::of(firstBackup) == first);
    CHECK(BackupStore(path).list().size() == 2);
}

TEST_CASE("An older file is left alone when migration is not wanted or not possible",
          "[storage][migration][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.db"));
    makeVersion1(path);
    const FileSnapshot before = FileSnapshot::of(path);

    SECTION("migrate = false opens it as it is")
    {
        OpenOptions options;
        options.migrate = false;
        {
            auto result = Database::open(path, options);
            REQUIRE(result.database);
            CHECK(result.database->schemaVersion() == 1);
            CHECK(result.database->backupPath().isEmpty());
        }
        CHECK(RawSqlite(path).scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    }
    SECTION("a read-only older file cannot be updated")
    {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const auto result = Database::open(path);
        CHECK_FALSE(result.database);
        CHECK(result.problem == OpenProblem::ReadOnly);
        CHECK(result.message.contains(QLatin1String("older version")));
        CHECK(FileSnapshot::of(path) == before);
        CHECK(BackupStore(path).list().isEmpty());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SECTION("a migration that fails leaves every byte of the file as it was")
    {
        // A table version 2 would create already exists: the step fails half-way.
        {
            RawSqlite raw(path);
            raw.exec(QStringLiteral("CREATE TABLE action_item (x)"));
        }
        const FileSnapshot broken = FileSnapshot::of(path);
        const auto result = Database::open(path);
        CHECK_FALSE(result.database);
        CHECK(result.problem == OpenProblem::MigrationFailed);
        CHECK(result.message.contains(QLatin1String("left as it was")));
        const auto backups = BackupStore(path).list();
        REQUIRE(backups.size() == 1);
        CHECK(result.message.contains(backups.first().path));
        CHECK(FileSnapshot::of(path).bytes == broken.bytes);
    }
}

TEST_CASE("The server-roles step changes nothing in a file", "[storage][migration][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("five.db"));
    makeVersion6(path); // step 6 added nothing to a file, so this is a file of version 5 too
    QStringList tables;
    QString rows;
    QHash<QString, QStringList> columns;
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 5"));
        tables = raw.tableNames();
        for (const QString& table : tables)
            columns.insert(table, raw.columnsOf(table));
        rows = raw.dump();
    }
    REQUIRE(Database::currentSchemaVersion() >= 6);
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK(opened.database->migratedFromVersion() == 5);
    CHECK(opened.database->serverRole().isEmpty());
    opened.database.reset();
    RawSqlite raw(path);
    // No jalaseh_login: a file's access is its permissions. Step 9's versions, step 10's
    // history and step 12's attachments are a file's too.
    QStringList expected =
        tables + QStringList{QStringLiteral("minutes_version"), QStringLiteral("change_log"),
                             QStringLiteral("change_log_actor"), QStringLiteral("attachment")};
    QStringList found = raw.tableNames();
    expected.sort();
    found.sort();
    CHECK(found == expected);
    CHECK_FALSE(tables.contains(QStringLiteral("jalaseh_login")));
    CHECK(dumpOfColumns(path, tables, columns) == rows);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() ==
          Database::currentSchemaVersion());
}

TEST_CASE("Two programs opening an old file at once both open it, and one copy is kept",
          "[storage][migration][sqlite]")
{
    struct Opening
    {
        QString message;
        bool opened = false;
        int version = 0;
        int migratedFrom = 0;
    };
    for (int attempt = 0; attempt < 10; ++attempt) {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("old.db"));
        makeVersion1(path);
        // Each thread is a program: its own connection, opened and closed in it.
        std::array<Opening, 2> openings;
        std::array<std::thread, 2> programs;
        for (std::size_t i = 0; i < programs.size(); ++i) {
            programs[i] = std::thread([&, i] {
                auto result = Database::open(path);
                openings[i].message = result.message;
                openings[i].opened = result.database != nullptr;
                if (result.database) {
                    openings[i].version = result.database->schemaVersion();
                    openings[i].migratedFrom = result.database->migratedFromVersion();
                }
            });
        }
        for (std::thread& program : programs)
            program.join();
        int migrations = 0;
        for (const Opening& opening : openings) {
            INFO(opening.message.toStdString());
            REQUIRE(opening.opened);
            CHECK(opening.version == Database::currentSchemaVersion());
            migrations += opening.migratedFrom == 1 ? 1 : 0;
        }
        CHECK(migrations >= 1);
        // One copy of the old file for each program that really updated it; none twice.
        CHECK(BackupStore(path).list().size() == migrations);
    }
}

namespace {

// The tables and columns of the database, in order.
QStringList schemaOf(const Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(database.engine() == Engine::Sqlite
                           ? QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_schema m "
                                            "JOIN pragma_table_info(m.name) p WHERE m.type = "
                                            "'table' ORDER BY 1")
                           : QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                            "information_schema.columns WHERE table_schema = "
                                            "current_schema() ORDER BY 1")));
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

} // namespace

TEST_CASE("A migration reads the version again under its lock and runs only what is missing",
          "[storage][migration]")
{
    TemporaryDatabase database;
    const QStringList before = schemaOf(*database);
    REQUIRE(before.size() > 50);
    // As a program would that read version 1 before another updated the file to the current one.
    CHECK(migrateSchema(*database, 1, Database::currentSchemaVersion()) ==
          Database::currentSchemaVersion());
    CHECK(schemaOf(*database) == before);
}
