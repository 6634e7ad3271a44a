#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace jalaseh::storage {

// Why a backup was made. Rolling backups (automatic, or "back up now") are thinned by the rolling
// rule; the others are kept three of each kind.
enum class BackupKind
{
    Rolling,
    BeforeMigration,
    BeforeMerge,
    BeforeCopy,
};

// Which slot of the rolling rule keeps a rolling backup (the youngest that does).
enum class BackupSlot
{
    None, // not a rolling backup
    Daily,
    Weekly,
    Monthly,
};

struct BackupInfo
{
    QString id;        // the file's name without ".jalaseh": "20261207-112300-daily"
    QString path;      // the whole path of the backup file
    QDateTime created; // UTC
    qint64 size = 0;   // bytes
    BackupKind kind = BackupKind::Rolling;
    BackupSlot slot = BackupSlot::None;
};

// The backups of one SQLite database file, in a folder of their own under a root folder (by
// default the user's data folder, not beside the file: a shared folder should not fill up with
// copies). The folder is named after the file and a hash of its whole path, so that two files of
// the same name in different folders do not mix; a "database.txt" in it names the file.
//
// A backup is written with VACUUM INTO (a compact, consistent copy, even with changes still in
// the WAL, through the QtSql connection) under a temporary name, then opened and checked
// (PRAGMA quick_check, Jalaseh's application id, the schema version of the source), and only
// then renamed into place: a backup killed half-way leaves no file that list() shows, and its
// leftover is removed by the next backup.
//
// The rolling rule: of the rolling backups, the newest of each of the last 7 days, the newest of
// each week of the last 5 weeks and the newest of each month of the last 12 months are kept;
// the others are removed. Of each other kind, the newest 3 are kept.
//
// Every failure throws StorageError with a sentence for the user.
class BackupStore
{
public:
    // The store of the database file `databasePath` under `root` (empty: root()).
    explicit BackupStore(const QString& databasePath, const QString& root = {});

    // Where backups live: $JALASEH_BACKUP_FOLDER when set (scripts, tests), else the setting
    // "backups/folder" (settingKey()) when set, else the user's data folder + "/backups".
    static QString root();
    static QString defaultRoot();
    static QString settingKey();

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return m_folder; }

    // Writes a verified backup of the open connection `connection` (not inside a transaction),
    // made at `now`, then applies the rolling rule. Returns the new backup.
    BackupInfo write(const QSqlDatabase& connection, BackupKind kind,
                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The same through a connection of its own to the file (any thread).
    BackupInfo write(BackupKind kind, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // This database's backups, newest first, each with its slot of the rolling rule at `now`.
    QList<BackupInfo> list(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    std::optional<BackupInfo> find(const QString& id) const;
    std::optional<BackupInfo> newest() const;
    // Whether an automatic backup is due: no rolling backup in the last day.
    bool isDue(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Removes what the rolling rule does not keep.
    void prune(const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Copies the backup `id` to `target` (checked, under a temporary name, then renamed into
    // place). Refused when `target` exists or is this store's database, unless `force`. Returns
    // the target's whole path.
    QString restore(const QString& id, const QString& target, bool force = false) const;

    // Tests: runs on the temporary file between writing and checking (to damage it), or throws
    // to stand for a backup killed half-way.
    void setAfterWriteHook(std::function<void(const QString& temporaryPath)> hook)
    {
        m_afterWrite = std::move(hook);
    }

    static QString kindWord(BackupKind kind); // the word in the file name: "daily", "merge", ...

private:
    void check(const QString& path, int schemaVersion) const;
    void removeLeftovers() const;

    QString m_databasePath;
    QString m_folder;
    std::function<void(const QString&)> m_afterWrite;
};

} // namespace jalaseh::storage
