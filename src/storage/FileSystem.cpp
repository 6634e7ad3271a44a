#include "FileSystem.h"

#include "storage/SqliteSideFiles.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace jalaseh::storage {
namespace {

// The byte of "-shm" on which every connection using it holds a shared lock (SqliteSideFiles).
constexpr off_t shmInUseByte = 128;

} // namespace

QString networkFileSystemName(long type)
{
    // Linux's magic numbers (linux/magic.h and the file systems' own headers).
    switch (static_cast<unsigned long>(type) & 0xffffffffUL) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517bUL:     // smbfs
    case 0xff534d42UL: // cifs
    case 0xfe534d42UL: // smb2 (ksmbd's clients, newer kernels' cifs)
        return QStringLiteral("SMB");
    case 0x5346414fUL:
        return QStringLiteral("AFS");
    case 0x00c36400UL:
        return QStringLiteral("Ceph");
    case 0x73757245UL:
        return QStringLiteral("Coda");
    case 0x564cUL:
        return QStringLiteral("NCP");
    default:
        return {};
    }
}

QString networkFileSystemName(const QString& path)
{
    const QByteArray forTests = qgetenv("JALASEH_TEST_FILE_SYSTEM_TYPE");
    if (!forTests.isEmpty()) {
        bool ok = false;
        const long type = long(forTests.toULong(&ok, 0));
        return ok ? networkFileSystemName(type) : QString();
    }
    struct statfs status = {};
    const QString folder = QFileInfo(path).absolutePath();
    if (::statfs(QFile::encodeName(folder).constData(), &status) != 0)
        return {};
    return networkFileSystemName(long(status.f_type));
}

OtherProcess otherProcessUsing(const QString& path)
{
    // Read from the kernel's table of locks, not asked with fcntl(F_GETLK) on a descriptor of
    // the "-shm": closing any descriptor of a file drops every POSIX lock this process holds on
    // it, SQLite's own included, and another program would then take the file for unused and
    // rebuild its WAL index under this one.
    struct stat shm = {};
    if (::stat(QFile::encodeName(SqliteSideFiles(path).shmPath()).constData(), &shm) != 0)
        return {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128" (a waiting lock has "->" after the
    // number; an open file description lock says OFDLCK and has no process).
    const QByteArray file = QByteArray::number(major(shm.st_dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(minor(shm.st_dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(qulonglong(shm.st_ino));
    const qint64 self = ::getpid();
    OtherProcess other;
    // Read whole: a file of /proc says its size is 0, so atEnd() would be true at once.
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 8 || fields.at(1) != "POSIX" || fields.at(5) != file)
            continue;
        bool numbers = false;
        const qint64 pid = fields.at(4).toLongLong(&numbers);
        const qint64 from = numbers ? fields.at(6).toLongLong(&numbers) : 0;
        const QByteArray to = fields.at(7);
        const bool covers =
            numbers && from <= shmInUseByte && (to == "EOF" || to.toLongLong() >= shmInUseByte);
        if (!covers || pid <= 0 || pid == self)
            continue;
        other.pid = pid;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly))
            other.name = QString::fromLocal8Bit(comm.readAll()).trimmed();
        break;
    }
    return other;
}

} // namespace jalaseh::storage
