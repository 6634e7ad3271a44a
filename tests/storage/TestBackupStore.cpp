// The backups of a database file: written, checked, thinned by the rolling rule, restored.
#include "StorageFixture.h"
#include "storage/BackupStore.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <set>

using namespace jalaseh;
using namespace jalaseh::storage;
using namespace jalaseh::storage::test;

namespace {

// A database file with one person in it, in `folder`.
QString fileWithOnePerson(const QTemporaryDir& folder, const QString& name = {})
{
    const QString path = folder.filePath(name.isEmpty() ? QStringLiteral("minutes.jalaseh") : name);
    OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    REQUIRE(opened.database);
    addPerson(*opened.database, QStringLiteral("رقابی"), QStringLiteral("فاطمه"));
    return path;
}

int peopleIn(const QString& path)
{
    RawSqlite raw(path);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt();
}

QStringList leftovers(const BackupStore& store)
{
    return QDir(store.folder()).entryList({QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden);
}

const QDateTime noon = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

} // namespace

TEST_CASE("A backup is a checked copy in the user's folder, not beside the file",
          "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString path = fileWithOnePerson(folder);
    BackupStore store(path);
    CHECK(store.folder().startsWith(BackupStore::root()));
    CHECK(store.list().isEmpty());
    CHECK(store.isDue());

    const BackupInfo made = store.write(BackupKind::Rolling);
    CHECK(QFile::exists(made.path));
    CHECK(made.size > 0);
    const auto listed = store.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == made.id);
    CHECK(listed.first().slot == BackupSlot::Daily);
    CHECK(peopleIn(made.path) == 1);
    CHECK_FALSE(store.isDue());
    CHECK(QDir(folder.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("minutes.jalaseh")});
    CHECK(QFile::exists(QDir(store.folder()).filePath(QStringLiteral("database.txt"))));
}

TEST_CASE("Two files of the same name in different folders keep their backups apart",
          "[storage][backup][sqlite]")
{
    QTemporaryDir first;
    QTemporaryDir second;
    const BackupStore one(fileWithOnePerson(first));
    const BackupStore other(fileWithOnePerson(second));
    CHECK(one.folder() != other.folder());
    CHECK(QFileInfo(one.folder()).fileName().startsWith(QStringLiteral("minutes-")));
}

TEST_CASE("An automatic backup is due a day after the last one", "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    BackupStore store(fileWithOnePerson(folder));
    store.write(BackupKind::BeforeMerge, noon);
    CHECK(store.isDue(noon)); // a backup before a merge is not one of the rolling set
    store.write(BackupKind::Rolling, noon);
    CHECK_FALSE(store.isDue(noon.addSecs(23 * 3600)));
    CHECK(store.isDue(noon.addSecs(25 * 3600)));
}

TEST_CASE("The rolling rule keeps a day for a week, a week for a month, a month for a year",
          "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    BackupStore store(fileWithOnePerson(folder));
    const BackupInfo model = store.write(BackupKind::Rolling, noon.addDays(-500));
    // A backup every morning for 400 days, made by copying the first (the rule reads names).
    for (int day = 0; day < 400; ++day) {
        const QDateTime at = QDateTime(noon.date().addDays(-day), QTime(3, 0), Qt::UTC);
        REQUIRE(
            QFile::copy(model.path, QDir(store.folder())
                                        .filePath(at.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                                  QStringLiteral(".jalaseh"))));
    }
    store.prune(noon);
    const auto kept = store.list(noon);
    int daily = 0, weekly = 0, monthly = 0;
    std::set<int> months;
    for (const BackupInfo& backup : kept) {
        INFO(backup.id.toStdString());
        CHECK(backup.created > noon.addDays(-366));
        CHECK(backup.slot != BackupSlot::None);
        daily += backup.slot == BackupSlot::Daily;
        weekly += backup.slot == BackupSlot::Weekly;
        monthly += backup.slot == BackupSlot::Monthly;
        if (backup.slot == BackupSlot::Monthly)
            CHECK(months.insert(backup.created.date().year() * 100 + backup.created.date().month())
                      .second);
        if (backup.slot == BackupSlot::Weekly)
            CHECK(backup.created > noon.addDays(-35));
    }
    CHECK(daily == 7);
    CHECK(weekly >= 3);
    CHECK(weekly <= 5);
    CHECK(monthly >= 10);
    CHECK(monthly <= 12);
    CHECK(kept.size() == daily + weekly + monthly);
    // The last backup of a month, half a year ago, is the one that stays.
    const QDate endOfMonth = QDate(2026, 5, 31);
    CHECK(std::any_of(kept.begin(), kept.end(), [&](const BackupInfo& backup) {
        return backup.created.date() == endOfMonth;
    }));

    // A day later the rule moves on: yesterday's seventh day is no longer a daily.
    store.prune(noon.addDays(1));
    int dailyAfter = 0;
    for (const BackupInfo& backup : store.list(noon.addDays(1)))
        dailyAfter += backup.slot == BackupSlot::Daily;
    CHECK(dailyAfter == 6); // no backup was made on the new day
}

TEST_CASE("Backups before a migration, a merge or a copy are kept three of each",
          "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    BackupStore store(fileWithOnePerson(folder));
    for (int i = 0; i < 5; ++i)
        store.write(BackupKind::BeforeMerge, noon.addSecs(i * 60));
    store.write(BackupKind::BeforeMigration, noon);
    const auto kept = store.list(noon);
    CHECK(std::count_if(kept.begin(), kept.end(), [](const BackupInfo& backup) {
              return backup.kind == BackupKind::BeforeMerge;
          }) == 3);
    CHECK(kept.first().kind == BackupKind::BeforeMerge); // the newest
    CHECK(kept.first().created == noon.addSecs(4 * 60));
    CHECK(std::count_if(kept.begin(), kept.end(), [](const BackupInfo& backup) {
              return backup.kind == BackupKind::BeforeMigration;
          }) == 1);
}

TEST_CASE("A backup that fails its check is thrown away", "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    BackupStore store(fileWithOnePerson(folder));
    store.setAfterWriteHook([](const QString& temporary) {
        QFile file(temporary);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 3 * 4096);
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\x5a'));
    });
    try {
        store.write(BackupKind::Rolling);
        FAIL("a damaged backup was kept");
    } catch (const StorageError& error) {
        CHECK(error.userMessage().contains(QStringLiteral("did not pass its check")));
    }
    CHECK(store.list().isEmpty());
    CHECK(leftovers(store).isEmpty());
    CHECK(store.isDue());
}

TEST_CASE("A backup stopped half-way leaves nothing that counts", "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    BackupStore store(fileWithOnePerson(folder));
    SECTION("stopped by an error: its temporary file goes")
    {
        store.setAfterWriteHook(
            [](const QString&) { throw StorageError(QStringLiteral("killed on purpose")); });
        CHECK_THROWS_AS(store.write(BackupKind::Rolling), StorageError);
        CHECK(store.list().isEmpty());
        CHECK(leftovers(store).isEmpty());
    }
    SECTION("killed: its temporary file is never listed, and the next backup removes it")
    {
        QDir().mkpath(store.folder());
        const QString left =
            QDir(store.folder()).filePath(QStringLiteral(".tmp-20261207-112300-1-ab.jalaseh"));
        {
            QFile file(left);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("SQLite format 3");
            file.flush(); // the write would otherwise set the time again as the file closes
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                             QFileDevice::FileModificationTime);
        }
        CHECK(store.list().isEmpty());
        store.write(BackupKind::Rolling);
        CHECK(store.list().size() == 1);
        CHECK_FALSE(QFile::exists(left));
    }
}

TEST_CASE("Restoring makes a new file and never overwrites one unasked",
          "[storage][backup][sqlite]")
{
    QTemporaryDir folder;
    const QString path = fileWithOnePerson(folder);
    BackupStore store(path);
    const BackupInfo backup = store.write(BackupKind::Rolling);
    {
        auto opened = Database::open(path);
        REQUIRE(opened.database);
        addPerson(*opened.database, QStringLiteral("کاظمی"), QStringLiteral("زهرا"));
    }
    const FileSnapshot live = FileSnapshot::of(path);

    SECTION("to a new file, which opens in Jalaseh")
    {
        const QString restored =
            store.restore(backup.id, folder.filePath(QStringLiteral("r.jalaseh")));
        auto opened = Database::open(restored);
        INFO(opened.message.toStdString());
        REQUIRE(opened.database);
        CHECK(PersonRepository(*opened.database).all().size() == 1);
    }
    SECTION("not over the live file")
    {
        CHECK_THROWS_AS(store.restore(backup.id, path), StorageError);
        CHECK(FileSnapshot::of(path) == live);
        CHECK(peopleIn(path) == 2);
    }
    SECTION("not over another file, unless forced")
    {
        const QString other = folder.filePath(QStringLiteral("other.txt"));
        {
            QFile file(other);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        try {
            store.restore(backup.id, other);
            FAIL("an existing file was overwritten");
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QStringLiteral("exists already")));
        }
        CHECK(FileSnapshot::of(other).bytes == "keep me");
        store.restore(backup.id, other, true);
        CHECK(peopleIn(other) == 1);
    }
    SECTION("an unknown id is named")
    {
        CHECK_THROWS_AS(store.restore(QStringLiteral("19990101-000000"),
                                      folder.filePath(QStringLiteral("n.jalaseh"))),
                        StorageError);
    }
}
