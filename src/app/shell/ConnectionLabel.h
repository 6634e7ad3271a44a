#pragma once

#include <QLabel>

namespace jalaseh::session {
class DatabaseSession;
class EditRights;
} // namespace jalaseh::session

namespace jalaseh::app {

// The status bar's permanent line that says where the window is connected and as whom: a file by
// its name (the whole path in the tooltip); a server as "host/database as LOGIN (role)", the role
// as the server reports it (session::EditRights), the address without its password in the
// tooltip. Whether the server answers is not said here (that is the connection's own indicator).
class ConnectionLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionLabel(QWidget* parent = nullptr);

    void showSession(const session::DatabaseSession* session, const session::EditRights& rights);

    // The role's name as the user reads it ("secretariat", "lead", "viewer", "owner"), translated;
    // empty for an unknown one.
    static QString roleName(const QString& role);
};

} // namespace jalaseh::app
