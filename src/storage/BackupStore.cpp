#include "BackupStore.h"

#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtDebug>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <set>

namespace jalaseh::storage {
namespace {

const QLatin1String suffix(".jalaseh");
const QLatin1String temporaryPrefix(".tmp-");
constexpr int keptPerEventKind = 3;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The same whole path whether or not the file is still there (a destroyed file's backups are
// wanted most), however it was written.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// A connection of its own, closed and removed when it goes out of scope.
class OwnConnection
{
public:
    OwnConnection(const QString& path, bool readOnly)
    {
        static std::atomic<int> count{0};
        m_name = QStringLiteral("jalaseh-backup-%1").arg(++count);
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
        if (readOnly)
            options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
        connection.setDatabaseName(path);
        connection.setConnectOptions(options.join(QLatin1Char(';')));
        m_open = connection.isValid() && connection.open();
        if (!m_open)
            m_error = connection.lastError().text();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

struct ParsedName
{
    QDateTime created;
    BackupKind kind = BackupKind::Rolling;
};

std::optional<ParsedName> parseId(const QString& id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}-\\d{6})(?:-(migration|merge|copy))?(?:-\\d+)?$"));
    const auto match = pattern.match(id);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedName parsed;
    parsed.created = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!parsed.created.isValid())
        return std::nullopt;
    parsed.created.setTimeSpec(Qt::UTC);
    const QString word = match.captured(2);
    if (word == QLatin1String("migration"))
        parsed.kind = BackupKind::BeforeMigration;
    else if (word == QLatin1String("merge"))
        parsed.kind = BackupKind::BeforeMerge;
    else if (word == QLatin1String("copy"))
        parsed.kind = BackupKind::BeforeCopy;
    return parsed;
}

void removeWithSideFiles(const QString& path)
{
    for (const char* side : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(side));
}

// rename(2) replaces an existing target in one step; QFile::rename refuses to.
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString uniqueSuffix()
{
    return QStringLiteral("%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

BackupStore::BackupStore(const QString& databasePath, const QString& root)
    : m_databasePath(resolved(databasePath))
{
    const QString base = root.isEmpty() ? BackupStore::root() : root;
    const QByteArray hash =
        QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString name = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') +
                         QLatin1String(hash.left(8));
    m_folder = QDir(base).filePath(name);
}

QString BackupStore::settingKey()
{
    return QStringLiteral("backups/folder");
}

QString BackupStore::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString BackupStore::root()
{
    const QString fromEnvironment = qEnvironmentVariable("JALASEH_BACKUP_FOLDER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSetting = QSettings().value(settingKey()).toString();
    return fromSetting.isEmpty() ? defaultRoot() : fromSetting;
}

QString BackupStore::kindWord(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Rolling:
        return {};
    case BackupKind::BeforeMigration:
        return QStringLiteral("migration");
    case BackupKind::BeforeMerge:
        return QStringLiteral("merge");
    case BackupKind::BeforeCopy:
        return QStringLiteral("copy");
    }
    return {};
}

BackupInfo BackupStore::write(BackupKind kind, const QDateTime& now)
{
    const bool readOnly = !QFileInfo(m_databasePath).isWritable();
    OwnConnection own(m_databasePath, readOnly);
    if (!own.isOpen())
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "Jalaseh could not read “%1” to back it up. Check that the file is "
                               "there and may be read.")
                               .arg(shown(m_databasePath)),
                           own.error());
    return write(own.connection(), kind, now);
}

BackupInfo BackupStore::write(const QSqlDatabase& connection, BackupKind kind, const QDateTime& now)
{
    const auto cannotWrite = [this](const QString& detail) {
        return StorageError(QCoreApplication::translate(
                                "Backups",
                                "Jalaseh could not write a backup of “%1” in “%2”. Check that the "
                                "disk has free space and that the folder may be written to (the "
                                "folder is a setting: File ▸ Backups).")
                                .arg(shown(m_databasePath), shown(m_folder)),
                            detail);
    };
    if (!QDir().mkpath(m_folder))
        throw cannotWrite(QStringLiteral("mkpath failed"));
    QFile index(QDir(m_folder).filePath(QStringLiteral("database.txt")));
    if (!index.exists() && index.open(QIODevice::WriteOnly | QIODevice::Text))
        index.write(m_databasePath.toUtf8() + '\n');
    index.close();
    removeLeftovers();

    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "Jalaseh could not read “%1” to back it up. Check that the file is "
                               "there and may be read.")
                               .arg(shown(m_databasePath)),
                           query.lastError().text());
    const int schemaVersion = query.value(0).toInt();

    QString id = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (kind != BackupKind::Rolling)
        id += QLatin1Char('-') + kindWord(kind);
    const QString temporary =
        QDir(m_folder).filePath(temporaryPrefix + id + QLatin1Char('-') + uniqueSuffix() + suffix);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        query.finish();
        removeWithSideFiles(temporary);
        throw cannotWrite(detail);
    }
    query.finish();
    try {
        if (m_afterWrite)
            m_afterWrite(temporary);
        check(temporary, schemaVersion);
    } catch (...) {
        removeWithSideFiles(temporary);
        throw;
    }
    // Another program's backup of the same second keeps its name: QFile::rename never replaces
    // a file, and the next free name is tried.
    QString finalId;
    QString target;
    for (int copy = 1;; ++copy) {
        finalId = copy == 1 ? id : id + QStringLiteral("-%1").arg(copy);
        target = QDir(m_folder).filePath(finalId + suffix);
        if (!QFileInfo::exists(target) && QFile::rename(temporary, target))
            break;
        if (copy >= 20) {
            removeWithSideFiles(temporary);
            throw cannotWrite(QStringLiteral("rename failed"));
        }
    }
    try {
        prune(now);
    } catch (const StorageError& error) {
        qWarning("jalaseh storage: pruning backups failed: %s", error.what());
    }
    BackupInfo info;
    info.id = finalId;
    info.path = target;
    info.created = now.toUTC();
    info.size = QFileInfo(target).size();
    info.kind = kind;
    info.slot = kind == BackupKind::Rolling ? BackupSlot::Daily : BackupSlot::None;
    return info;
}

void BackupStore::check(const QString& path, int schemaVersion) const
{
    QString detail;
    {
        OwnConnection own(path, false);
        if (!own.isOpen()) {
            detail = own.error();
        } else {
            QSqlQuery query(own.connection());
            const auto single = [&](const QString& sql) -> QVariant {
                if (!detail.isEmpty())
                    return {};
                if (!query.exec(sql) || !query.next()) {
                    detail = query.lastError().text();
                    if (detail.isEmpty())
                        detail = sql + QStringLiteral(": no answer");
                    return {};
                }
                return query.value(0);
            };
            const QString verdict = single(QStringLiteral("PRAGMA quick_check(1)")).toString();
            const qint32 application =
                qint32(single(QStringLiteral("PRAGMA application_id")).toLongLong());
            const int version = single(QStringLiteral("PRAGMA user_version")).toInt();
            if (detail.isEmpty() && verdict != QLatin1String("ok"))
                detail = QStringLiteral("quick_check: ") + verdict;
            else if (detail.isEmpty() && application != Database::applicationId())
                detail = QStringLiteral("not a Jalaseh database");
            else if (detail.isEmpty() &&
                     (version < 1 || (schemaVersion >= 0 && version != schemaVersion)))
                detail = QStringLiteral("schema version %1, expected %2")
                             .arg(version)
                             .arg(schemaVersion);
            query.finish();
        }
    }
    if (!detail.isEmpty())
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "The backup of “%1” did not pass its check after writing and was "
                               "thrown away. Check the disk (its free space and health), then "
                               "back up again.")
                               .arg(shown(m_databasePath)),
                           detail);
}

void BackupStore::removeLeftovers() const
{
    // A backup killed half-way leaves its temporary file; one that is still being written by
    // another program is younger than an hour.
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDir folder(m_folder);
    for (const QFileInfo& file :
         folder.entryInfoList({temporaryPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
        if (file.lastModified().toUTC() < hourAgo)
            QFile::remove(file.absoluteFilePath());
}

QList<BackupInfo> BackupStore::list(const QDateTime& now) const
{
    QList<BackupInfo> backups;
    const QDir folder(m_folder);
    for (const QFileInfo& file :
         folder.entryInfoList({QStringLiteral("*") + suffix}, QDir::Files)) {
        const QString id = file.completeBaseName();
        const auto parsed = parseId(id);
        if (!parsed)
            continue;
        BackupInfo info;
        info.id = id;
        info.path = file.absoluteFilePath();
        info.created = parsed->created;
        info.size = file.size();
        info.kind = parsed->kind;
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });

    // The rolling rule: the newest of each day of the last week, of each week of the last five,
    // of each month of the last year; each backup is named by the youngest slot that keeps it.
    const QDateTime at = now.toUTC();
    std::set<qint64> days, weeks, months;
    for (BackupInfo& backup : backups) {
        if (backup.kind != BackupKind::Rolling)
            continue;
        const QDate day = backup.created.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const bool inDay = backup.created > at.addDays(-7) && days.insert(day.toJulianDay()).second;
        const bool inWeek =
            backup.created > at.addDays(-35) && weeks.insert(weekYear * 100 + week).second;
        const bool inMonth = backup.created > at.addDays(-366) &&
                             months.insert(day.year() * 100 + day.month()).second;
        backup.slot = inDay     ? BackupSlot::Daily
                      : inWeek  ? BackupSlot::Weekly
                      : inMonth ? BackupSlot::Monthly
                                : BackupSlot::None;
    }
    return backups;
}

std::optional<BackupInfo> BackupStore::find(const QString& id) const
{
    for (const BackupInfo& backup : list())
        if (backup.id == id.trimmed())
            return backup;
    return std::nullopt;
}

std::optional<BackupInfo> BackupStore::newest() const
{
    const auto backups = list();
    if (backups.isEmpty())
        return std::nullopt;
    return backups.first();
}

bool BackupStore::isDue(const QDateTime& now) const
{
    for (const BackupInfo& backup : list(now))
        if (backup.kind == BackupKind::Rolling && backup.created > now.toUTC().addDays(-1))
            return false;
    return true;
}

void BackupStore::prune(const QDateTime& now)
{
    std::map<BackupKind, int> eventsKept;
    for (const BackupInfo& backup : list(now)) {
        const bool keep = backup.kind == BackupKind::Rolling
                              ? backup.slot != BackupSlot::None
                              : ++eventsKept[backup.kind] <= keptPerEventKind;
        if (!keep && !QFile::remove(backup.path))
            qWarning("jalaseh storage: could not remove the old backup %s",
                     qPrintable(backup.path));
    }
}

QString BackupStore::restore(const QString& id, const QString& target, bool force) const
{
    const auto backup = find(id);
    if (!backup)
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "“%1” has no backup “%2”. Run `jalaseh --db FILE backup list` (or "
                               "open File ▸ Backups) to see them.")
                               .arg(shown(m_databasePath), id));
    const QString to = QFileInfo(target).absoluteFilePath();
    if (!force && isDatabaseOrSideFile(to, m_databasePath))
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "“%1” is the database itself; restoring over it would replace "
                               "everything written since the backup. Restore to a new file, or "
                               "close every window on it and add --force.")
                               .arg(shown(to)));
    if (!force && QFileInfo::exists(to))
        throw StorageError(
            QCoreApplication::translate(
                "Backups",
                "“%1” exists already. Choose a new file name, or add --force to replace it.")
                .arg(shown(to)));
    if (!QFileInfo(QFileInfo(to).absolutePath()).isDir())
        throw StorageError(
            QCoreApplication::translate(
                "Backups",
                "Jalaseh could not restore to “%1”: its folder does not exist. Choose an existing "
                "folder.")
                .arg(shown(to)));
    const QString temporary = QFileInfo(to).absolutePath() + QLatin1Char('/') + temporaryPrefix +
                              QFileInfo(to).fileName() + QLatin1Char('-') + uniqueSuffix();
    const auto cannotRestore = [&](const QString& detail) {
        removeWithSideFiles(temporary);
        return StorageError(QCoreApplication::translate(
                                "Backups",
                                "Jalaseh could not restore the backup to “%1”. Check that the disk "
                                "has free space and that the folder may be written to.")
                                .arg(shown(to)),
                            detail);
    };
    if (!QFile::copy(backup->path, temporary))
        throw cannotRestore(QStringLiteral("copy failed"));
    QFile(temporary).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther);
    try {
        check(temporary, -1);
    } catch (const StorageError& error) {
        removeWithSideFiles(temporary);
        throw StorageError(QCoreApplication::translate(
                               "Backups",
                               "The backup “%1” is damaged and was not restored. Choose an older "
                               "one.")
                               .arg(id),
                           error.technicalDetail());
    }
    // The old file's journal would be read as part of the restored one.
    for (const char* side : {"-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(side));
    if (!replaceFile(temporary, to))
        throw cannotRestore(QStringLiteral("rename failed"));
    return to;
}

} // namespace jalaseh::storage
