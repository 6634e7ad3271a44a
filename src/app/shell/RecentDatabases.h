#pragma once

#include <QStringList>

namespace jalaseh::app {

// The database files opened lately, newest first, kept in QSettings for the File menu.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace jalaseh::app
