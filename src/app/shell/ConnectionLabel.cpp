#include "app/shell/ConnectionLabel.h"

#include "session/DatabaseSession.h"
#include "session/EditRights.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"

#include <QDir>
#include <QFileInfo>

namespace jalaseh::app {

ConnectionLabel::ConnectionLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("databaseLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
}

QString ConnectionLabel::roleName(const QString& role)
{
    if (role == QLatin1String("secretariat"))
        return tr("secretariat");
    if (role == QLatin1String("lead"))
        return tr("lead");
    if (role == QLatin1String("viewer"))
        return tr("viewer");
    if (role == QLatin1String("owner"))
        return tr("owner");
    return {};
}

void ConnectionLabel::showSession(const session::DatabaseSession* session,
                                  const session::EditRights& rights)
{
    if (!session) {
        clear();
        setToolTip({});
        return;
    }
    const QString path = session->path(); // a server's address comes without its password
    if (session->database().engine() != storage::Engine::Postgres) {
        setText(QFileInfo(path).fileName());
        setToolTip(QDir::toNativeSeparators(path));
        return;
    }
    bool ok = false;
    QString error;
    const storage::DatabaseAddress address = storage::DatabaseAddress::parse(path, &ok, &error);
    // A Unix socket's folder says nothing to a user: the server is on this computer.
    const QString host = address.host.isEmpty() || address.host.startsWith(QLatin1Char('/'))
                             ? tr("this computer")
                             : address.host;
    // Addresses, databases and logins are Latin; the isolates keep them whole in a Persian line.
    const auto latin = [](const QString& text) -> QString {
        return QChar(0x2066) + text + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP
    };
    const QString login = rights.loginName().isEmpty() ? address.user : rights.loginName();
    const QString where = latin(host + QLatin1Char('/') + address.databaseName);
    const QString role = roleName(rights.role());
    if (login.isEmpty())
        setText(where);
    else if (role.isEmpty())
        setText(tr("%1 as %2").arg(where, latin(login)));
    else
        setText(tr("%1 as %2 (%3)").arg(where, latin(login), role));
    setToolTip(path);
}

} // namespace jalaseh::app
