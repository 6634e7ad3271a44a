#include "FileHolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace jalaseh::storage {
namespace {

QMutex descriptionMutex;
QString programDescription;

QString currentUser()
{
    if (const passwd* entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
}

QString describedProgram()
{
    QMutexLocker lock(&descriptionMutex);
    if (!programDescription.isEmpty())
        return programDescription;
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("jalaseh") : name;
}

} // namespace

QString FileHolder::recordPath(const QString& databasePath)
{
    return databasePath + QStringLiteral("-holder");
}

void FileHolder::setProgramDescription(const QString& description)
{
    QMutexLocker lock(&descriptionMutex);
    programDescription = description;
}

void FileHolder::claim(const QString& databasePath)
{
    // Made once per process: the user and host do not change while it runs.
    static const QString user = currentUser();
    static const QString host = QSysInfo::machineHostName();
    const QJsonObject record{
        {QStringLiteral("program"), describedProgram()},
        {QStringLiteral("user"), user},
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), qint64(::getpid())},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Compact);
    // Plain write(), no fsync: the record matters only while this process lives, and a crash
    // that loses it loses nothing but a name. Never through a link: in a shared folder another
    // user could point one at a file of this user's, which would then be overwritten.
    const int file = ::open(QFile::encodeName(recordPath(databasePath)).constData(),
                            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (file < 0)
        return;
    [[maybe_unused]] const ssize_t written = ::write(file, bytes.constData(), size_t(bytes.size()));
    ::close(file);
}

void FileHolder::release(const QString& databasePath)
{
    ::unlink(QFile::encodeName(recordPath(databasePath)).constData());
}

std::optional<FileHolder> FileHolder::read(const QString& databasePath)
{
    QFile file(recordPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(file.read(4096)).object();
    FileHolder holder;
    holder.program = record.value(QLatin1String("program")).toString();
    holder.user = record.value(QLatin1String("user")).toString();
    holder.host = record.value(QLatin1String("host")).toString();
    holder.pid = record.value(QLatin1String("pid")).toInteger();
    holder.since =
        QDateTime::fromString(record.value(QLatin1String("since")).toString(), Qt::ISODate);
    if (holder.program.isEmpty() || holder.pid <= 0)
        return std::nullopt;
    return holder;
}

bool FileHolder::isStale() const
{
    if (host != QSysInfo::machineHostName())
        return false; // another computer's processes cannot be asked
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString FileHolder::describe() const
{
    const QString time = QLocale().toString(since.toLocalTime().time(), QStringLiteral("HH:mm"));
    return QCoreApplication::translate("Storage",
                                       "“%1” of the user %2 on the computer %3 (process %4), "
                                       "since %5")
        .arg(program, user, host, QString::number(pid), time);
}

} // namespace jalaseh::storage
