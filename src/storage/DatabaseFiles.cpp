#include "DatabaseFiles.h"

#include "DatabaseAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace jalaseh::storage {
namespace {

// The path with its folder resolved through links; the file itself need not exist.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

bool isDatabaseOrSideFile(const QString& path, const QString& databasePath)
{
    // A server's database has no file on this computer that an output could overwrite.
    if (path.isEmpty() || databasePath.isEmpty() || DatabaseAddress::isServerAddress(databasePath))
        return false;
    const QString target = resolved(path);
    const QString database = resolved(databasePath);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        if (target == database + QLatin1String(suffix))
            return true;
    }
    return false;
}

QString databaseAsOutputMessage(const QString& path)
{
    return QCoreApplication::translate("DatabaseFiles",
                                       "%1 is the database itself or one of its files; writing "
                                       "there would destroy it. Choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace jalaseh::storage
