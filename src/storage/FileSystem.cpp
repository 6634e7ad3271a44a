#include "FileSystem.h"

#include "storage/SqliteSideFiles.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sys/statfs.h>
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
    const QString shm = SqliteSideFiles(path).shmPath();
    const int file = ::open(QFile::encodeName(shm).constData(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return {};
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = shmInUseByte;
    probe.l_len = 1;
    OtherProcess other;
    if (::fcntl(file, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK && probe.l_pid > 0) {
        other.pid = probe.l_pid;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(probe.l_pid));
        if (comm.open(QIODevice::ReadOnly))
            other.name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    }
    ::close(file);
    return other;
}

} // namespace jalaseh::storage
