#include "SqliteSideFiles.h"

#include "storage/SqliteFileHeader.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jalaseh::storage {
namespace {

// The byte of "-shm" on which every connection using it holds a shared lock (SQLite's unix VFS:
// UNIX_SHM_DMS, after the WAL index's 120 header bytes and its 8 lock bytes).
constexpr off_t shmInUseByte = 128;

// Writable for this process and meant to be (root may write anything; the mode bits say whether
// the owner meant the file to be changed).
bool writable(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(name.constData(), &status) != 0)
        return false;
    return ::access(name.constData(), W_OK) == 0 && (status.st_mode & 0222) != 0;
}

} // namespace

SqliteSideFiles::SqliteSideFiles(QString databasePath)
    : m_path(std::move(databasePath))
{
}

SqliteSideFiles::Reading SqliteSideFiles::readingIn(bool folderWritable) const
{
    if (folderWritable || QFileInfo::exists(shmPath()))
        return Reading::Plain;
    // A file in the old rollback-journal mode needs no side file to be read.
    if (!SqliteFileHeader::isWriteAheadLog(m_path))
        return Reading::Plain;
    const QFileInfo wal(walPath());
    return wal.exists() && wal.size() > 0 ? Reading::LogUnreadable : Reading::Immutable;
}

SqliteSideFiles::Mending SqliteSideFiles::mendForWriting() const
{
    struct stat database = {};
    if (::stat(QFile::encodeName(m_path).constData(), &database) != 0)
        return {};
    // "-wal" first: removing it is only safe when empty, so a held "-shm" is looked at last.
    for (const QString& side : {walPath(), shmPath()}) {
        const QByteArray name = QFile::encodeName(side);
        struct stat status = {};
        if (::lstat(name.constData(), &status) != 0 || writable(side))
            continue;
        // As SQLite would have made it for a writable database: the database file's mode.
        if (status.st_uid == ::geteuid() &&
            ::chmod(name.constData(), database.st_mode & 0666) == 0 && writable(side))
            continue;
        const bool isShm = side == shmPath();
        if (shmHeldByAnotherProcess())
            return {side, true};
        // Nobody uses it: SQLite makes "-shm" again from "-wal", and an empty "-wal" holds
        // nothing. A "-wal" with changes in it is never removed.
        if ((isShm || status.st_size == 0) && ::unlink(name.constData()) == 0)
            continue;
        return {side, false};
    }
    return {};
}

bool SqliteSideFiles::shmHeldByAnotherProcess() const
{
    const int file = ::open(QFile::encodeName(shmPath()).constData(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = shmInUseByte;
    probe.l_len = 1;
    const bool held = ::fcntl(file, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(file);
    return held;
}

} // namespace jalaseh::storage
