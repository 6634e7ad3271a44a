#include "DatabaseFiles.h"

#include "DatabaseAddress.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
    for (const char* suffix : {"", "-wal", "-shm", "-journal", "-holder"}) {
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

void copyDatabaseTo(const Database& database, const QString& target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (isDatabaseOrSideFile(target, database.path()))
        throw StorageError(databaseAsOutputMessage(target), target);
    if (QFileInfo::exists(target))
        throw StorageError(
            QCoreApplication::translate("DatabaseFiles",
                                        "%1 exists already. Choose a new name for the copy.")
                .arg(shown),
            target);
    const auto cannotWrite = [&](const QString& detail) {
        QFile::remove(target);
        return StorageError(
            QCoreApplication::translate(
                "DatabaseFiles",
                "The copy could not be written to %1 (the disk may be full or the folder may not "
                "be written to). Choose another folder or another disk.")
                .arg(shown),
            detail);
    };
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(target);
        if (!query.exec())
            throw cannotWrite(query.lastError().text());
    }
    // Read back through a connection of its own: a copy that does not read whole is no copy.
    const QString name = QStringLiteral("jalaseh-copy-check-%1").arg(quintptr(&database));
    QString problem;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(target);
        QSqlQuery check(copy);
        if (!copy.open() || !check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            problem = check.lastError().text();
        else if (check.value(0).toString() != QLatin1String("ok"))
            problem = check.value(0).toString();
        check = QSqlQuery();
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw cannotWrite(problem);
}

} // namespace jalaseh::storage
