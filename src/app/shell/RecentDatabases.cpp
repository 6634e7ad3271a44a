#include "app/shell/RecentDatabases.h"

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

QStringList RecentDatabases::list()
{
    return QSettings().value(key).toStringList();
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    store(paths);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

} // namespace jalaseh::app
