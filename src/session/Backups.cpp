#include "session/Backups.h"

#include "persian/Digits.h"
#include "persian/LocalTime.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QThread>
#include <memory>

namespace jalaseh::session {
namespace {

struct Outcome
{
    bool ok = false;
    QString id;
    QString message;
};

} // namespace

Backups::Backups(const QString& path, bool isFile, bool writable, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_root(storage::BackupStore::root())
    , m_isFile(isFile)
    , m_writable(writable)
{
}

Backups::~Backups()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString Backups::folder() const
{
    return m_isFile ? storage::BackupStore(m_path, m_root).folder() : QString();
}

QList<storage::BackupInfo> Backups::list() const
{
    return m_isFile ? storage::BackupStore(m_path, m_root).list() : QList<storage::BackupInfo>();
}

std::optional<QDateTime> Backups::lastBackup() const
{
    if (!m_isFile)
        return std::nullopt;
    const auto newest = storage::BackupStore(m_path, m_root).newest();
    if (!newest)
        return std::nullopt;
    return newest->created;
}

bool Backups::backUpNow()
{
    return start(false);
}

void Backups::backUpIfDue()
{
    if (!m_isFile || !m_writable || m_worker)
        return;
    bool due = true;
    try {
        due = storage::BackupStore(m_path, m_root).isDue();
    } catch (const storage::StorageError&) {
    }
    if (due)
        start(true);
}

bool Backups::start(bool automatic)
{
    if (!m_isFile || m_worker)
        return false;
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_path;
    const QString root = m_root;
    // A connection of its own in the worker thread: the window's connection stays free for the
    // window, and SQLite lets the two read the file at once (WAL).
    m_worker = QThread::create([outcome, path, root] {
        try {
            const auto made = storage::BackupStore(path, root).write(storage::BackupKind::Rolling);
            outcome->ok = true;
            outcome->id = made.id;
        } catch (const storage::StorageError& error) {
            outcome->message = error.userMessage();
        } catch (const std::exception& error) {
            outcome->message = QString::fromUtf8(error.what());
        }
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, automatic] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (outcome->ok)
            emit changed();
        emit finished(outcome->ok, outcome->id, outcome->message);
        if (!outcome->ok && automatic && !m_warned) {
            m_warned = true;
            emit automaticBackupFailed(outcome->message);
        }
    });
    m_worker->start(QThread::LowPriority);
    emit started();
    return true;
}

QString Backups::restore(const QString& id, const QString& target, QString* error) const
{
    try {
        return storage::BackupStore(m_path, m_root).restore(id, target, false);
    } catch (const storage::StorageError& failure) {
        if (error)
            *error = failure.userMessage();
        return {};
    }
}

QString Backups::kindName(const storage::BackupInfo& backup)
{
    switch (backup.kind) {
    case storage::BackupKind::BeforeMigration:
        return tr("before update");
    case storage::BackupKind::BeforeMerge:
        return tr("before merge");
    case storage::BackupKind::BeforeCopy:
        return tr("before copy");
    case storage::BackupKind::Rolling:
        break;
    }
    switch (backup.slot) {
    case storage::BackupSlot::Weekly:
        return tr("weekly");
    case storage::BackupSlot::Monthly:
        return tr("monthly");
    case storage::BackupSlot::Daily:
    case storage::BackupSlot::None:
        break;
    }
    return tr("daily");
}

QString Backups::sizeText(qint64 bytes)
{
    const bool small = bytes < 1024 * 1024;
    const double amount = small ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
    const QString number = persian::toPersianDigits(QString::number(amount, 'f', 1))
                               .replace(QLatin1Char('.'), QChar(0x066B));
    return (small ? tr("%1 KB") : tr("%1 MB")).arg(number);
}

QString Backups::dateText(const QDateTime& created)
{
    return persian::formatLocalDateTime(created);
}

} // namespace jalaseh::session
