#pragma once

#include <QStringList>

namespace jalaseh::app {

// The databases opened lately, newest first, kept in QSettings for the File menu: files by their
// absolute path, server databases by their address without the password
// (DatabaseAddress::display()), so that no password ever reaches the settings file.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    static QStringList list();
    // Returns the entries that fell off the end of the list.
    static QStringList add(const QString& path);
    static void remove(const QString& path);
    // How an entry is kept: a file's absolute path, a server's address without its password.
    static QString entryFor(const QString& path);
};

} // namespace jalaseh::app
