#include "app/shell/RecentDatabases.h"

#include "storage/DatabaseAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace jalaseh::app {
namespace {

const QString key = QStringLiteral("recent/databases");

void store(const QStringList& paths)
{
    QSettings().setValue(key, paths);
}

} // namespace

QString RecentDatabases::entryFor(const QString& path)
{
    if (!storage::DatabaseAddress::isServerAddress(path))
        return QFileInfo(path).absoluteFilePath();
    bool ok = false;
    QString error;
    const storage::DatabaseAddress address = storage::DatabaseAddress::parse(path, &ok, &error);
    // An address that does not parse is never kept: it might hold a password display() cannot
    // take out.
    return ok ? address.display() : QString();
}

QStringList RecentDatabases::list()
{
    return QSettings().value(key).toStringList();
}

QStringList RecentDatabases::add(const QString& path)
{
    const QString entry = entryFor(path);
    if (entry.isEmpty())
        return {};
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    QStringList dropped;
    while (paths.size() > maximum)
        dropped.append(paths.takeLast());
    store(paths);
    return dropped;
}

void RecentDatabases::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(entryFor(path));
    store(paths);
}

} // namespace jalaseh::app
