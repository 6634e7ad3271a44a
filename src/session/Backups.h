#pragma once

#include "storage/BackupStore.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <optional>

class QThread;

namespace jalaseh::session {

// The backups of the window's database file (storage::BackupStore), for the status bar and
// File ▸ Backups: listed, made in a worker thread with a connection of its own so that the window
// never waits for a large file, and restored as new files. A server's database has none
// (isAvailable() false): its administrator backs it up.
class Backups : public QObject
{
    Q_OBJECT
public:
    // `path` is the database's address; `writable` whether the window may change it (a file
    // opened read-only gets no automatic backups, which are for files being changed).
    Backups(const QString& path, bool isFile, bool writable, QObject* parent = nullptr);
    // Waits for a backup under way: a half-written one would be thrown away.
    ~Backups() override;

    bool isAvailable() const { return m_isFile; }
    QString folder() const;
    // The folder the backups of every file live in (storage::BackupStore::root()), after the
    // setting changed.
    void setRoot(const QString& root) { m_root = root; }
    QList<storage::BackupInfo> list() const;
    std::optional<QDateTime> lastBackup() const;
    bool isRunning() const { return m_worker != nullptr; }

    // Starts a backup now (File ▸ Backups ▸ Back up now); false when one is under way already
    // or the database is no file. finished() tells how it went.
    bool backUpNow();
    // The automatic backup: started when the newest is a day old and the file may be changed.
    // A failure is told once (automaticBackupFailed), never as an error of the user's work.
    void backUpIfDue();
    // Writes backup `id` as the new file `target` (never over an existing file); the whole path,
    // or empty with the reason in `error`.
    QString restore(const QString& id, const QString& target, QString* error) const;

    // Words for the views: "daily", "before merge"...; "۸۴٫۲ MB"; "۱۴۰۵/۰۹/۱۶ ۱۴:۵۳".
    static QString kindName(const storage::BackupInfo& backup);
    static QString sizeText(qint64 bytes);
    static QString dateText(const QDateTime& created);

signals:
    void started();
    // `ok`: the new backup's id; otherwise `message` says what went wrong and what to do.
    void finished(bool ok, const QString& id, const QString& message);
    void automaticBackupFailed(const QString& message);
    // The list changed (a backup was made).
    void changed();

private:
    bool start(bool automatic);

    QString m_path;
    QString m_root;
    bool m_isFile = false;
    bool m_writable = false;
    bool m_warned = false;
    QThread* m_worker = nullptr;
};

} // namespace jalaseh::session
