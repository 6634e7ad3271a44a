#include "app/shell/DatabaseOpener.h"

#include "documents/MinutesApproval.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace jalaseh::app {

DatabaseOpener::DatabaseOpener(QWidget* parent)
    : m_parent(parent)
{
}

QString DatabaseOpener::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("meetings.jalaseh"));
}

std::unique_ptr<session::DatabaseSession> DatabaseOpener::openDefault()
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, false);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto session = open(path, true);
    if (!session)
        return nullptr;
    try {
        exchange::createDemoData(session->database());
        documents::MinutesApproval::approveDemoMinutes(session->database());
    } catch (const storage::StorageError& error) {
        m_lastProblem = error.userMessage();
        if (m_interactive)
            QMessageBox::warning(m_parent, tr("Demo data not added"),
                                 tr("The new database was created, but the demo meeting "
                                    "could not be added to it: %1")
                                     .arg(error.userMessage()));
    }
    return session;
}

std::unique_ptr<session::DatabaseSession> DatabaseOpener::open(const QString& path)
{
    return open(path, false);
}

std::unique_ptr<session::DatabaseSession> DatabaseOpener::create(const QString& path)
{
    return open(path, true);
}

QString DatabaseOpener::shortName(const QString& path)
{
    if (!storage::DatabaseAddress::isServerAddress(path))
        return QFileInfo(path).fileName();
    bool ok = false;
    QString error;
    const storage::DatabaseAddress address = storage::DatabaseAddress::parse(path, &ok, &error);
    if (!ok)
        return address.display().isEmpty() ? QStringLiteral("postgresql://…") : address.display();
    if (address.host.isEmpty() || address.host.startsWith(QLatin1Char('/')))
        return tr("%1 on this computer").arg(address.databaseName);
    return tr("%1 on %2").arg(address.databaseName, address.host);
}

std::unique_ptr<session::DatabaseSession> DatabaseOpener::open(const QString& path, bool create)
{
    storage::OpenOptions options;
    options.create = create;
    const bool server = storage::DatabaseAddress::isServerAddress(path);
    // A file: ask first, the user may prefer to fix its permissions. A server's login that may
    // only read (a viewer) is what the administrator chose: open it, the window says what it
    // may not change.
    options.allowReadOnly = server;
    // A server's address with the password the user typed, for this connection only: it goes to
    // the driver and is dropped when this function returns.
    QString address = path;
    for (;;) {
        storage::Database::OpenResult result = storage::Database::open(address, options);
        if (result.database) {
            m_lastProblem.clear();
            if (server) {
                bool ok = false;
                QString error;
                m_passwordUsed = storage::DatabaseAddress::parse(address, &ok, &error).password;
            }
            if (result.database->migratedFromVersion() > 0)
                tellMigrated(result.database->migratedFromVersion(), result.database->backupPath());
            return std::make_unique<session::DatabaseSession>(std::move(result.database));
        }
        m_lastProblem = result.message;
        if (!m_interactive)
            return nullptr;

        if (server && result.problem == storage::OpenProblem::LoginRefused) {
            QString password;
            if (!askPassword(address, &password))
                return nullptr;
            bool ok = false;
            QString error;
            storage::DatabaseAddress withPassword =
                storage::DatabaseAddress::parse(path, &ok, &error);
            withPassword.password = password;
            address = withPassword.connectionText();
            continue;
        }

        QMessageBox box(m_parent);
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("Cannot open the database"));
        box.setText(tr("The database “%1” could not be opened.").arg(shortName(path)));
        box.setInformativeText(result.message);
        if (server && result.problem != storage::OpenProblem::BadAddress) {
            // The whole address (without a password), to compare with what the user was given.
            bool ok = false;
            QString error;
            box.setDetailedText(
                tr("Address: %1")
                    .arg(storage::DatabaseAddress::parse(path, &ok, &error).display()));
        }
        QPushButton* readOnly = nullptr;
        QPushButton* retry = nullptr;
        if (result.problem == storage::OpenProblem::ReadOnly)
            readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        if (result.problem == storage::OpenProblem::Locked ||
            result.problem == storage::OpenProblem::ServerUnreachable)
            retry = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (readOnly && box.clickedButton() == readOnly) {
            options.allowReadOnly = true;
            continue;
        }
        if (retry && box.clickedButton() == retry)
            continue;
        return nullptr;
    }
}

bool DatabaseOpener::askPassword(const QString& address, QString* password)
{
    bool ok = false;
    QString error;
    const storage::DatabaseAddress parsed = storage::DatabaseAddress::parse(address, &ok, &error);
    const QString server = shortName(address);
    QString question;
    if (parsed.password.isEmpty())
        question = parsed.user.isEmpty()
                       ? tr("The database server for “%1” asks for a password.").arg(server)
                       : tr("The database server for “%1” asks for the password of “%2”.")
                             .arg(server, parsed.user);
    else // a password was tried and refused
        question = tr("The database server for “%1” refused the login “%2”: the user name or the "
                      "password is wrong. Type the password again, or cancel and check the user "
                      "name.")
                       .arg(server, parsed.user);

    QInputDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(question + QLatin1Char('\n') +
                        (m_remembering ? tr("Password (kept in the desktop's keychain, as you "
                                            "asked):")
                                       : tr("Password (used for this connection only, "
                                            "never stored):")));
    dialog.setOkButtonText(tr("Connect"));
    if (auto* line = dialog.findChild<QLineEdit*>())
        line->setLayoutDirection(Qt::LeftToRight);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.textValue();
    return true;
}

void DatabaseOpener::tellMigrated(int fromVersion, const QString& backupPath)
{
    if (!m_interactive)
        return;
    if (backupPath.isEmpty()) { // a server: updated in one transaction, no copy beside a file
        QMessageBox::information(
            m_parent, tr("Database updated"),
            tr("This database was written by an older version of Jalaseh (format %1) and has "
               "been updated. Back it up on the server with pg_dump as usual (see the manual's "
               "chapter on servers).")
                .arg(fromVersion));
        return;
    }
    QMessageBox::information(
        m_parent, tr("Database updated"),
        tr("This database was written by an older version of Jalaseh (format %1) and "
           "has been updated. A copy of the file as it was is kept at:\n%2\n(File ▸ Backups "
           "lists it as “before update”.)")
            .arg(fromVersion)
            .arg(QDir::toNativeSeparators(backupPath)));
}

} // namespace jalaseh::app
