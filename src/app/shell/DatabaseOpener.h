#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace jalaseh::session {
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

// Opens databases for the window, files and PostgreSQL servers, and says clearly what went wrong
// when one cannot be opened: a locked file or a server that does not answer can be tried again,
// a read-only file opened read-only, a server that wants a password is asked for it, a newer or
// damaged database is left untouched and the user is told what to do.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(QWidget* parent);

    // Opens an existing file or a server's database (a postgresql:// address); nullptr when it
    // could not be opened (the user has been told). A password asked for is used for this
    // connection only and kept nowhere (the caller may put passwordUsed() in the keychain).
    std::unique_ptr<session::DatabaseSession> open(const QString& path);
    // Creates a new, empty database file.
    std::unique_ptr<session::DatabaseSession> create(const QString& path);
    // The database in the user's data folder, created with the demo meeting on first start.
    std::unique_ptr<session::DatabaseSession> openDefault();
    static QString defaultPath();

    // When false, problems are not shown in dialogs (tests); lastProblem() keeps the sentence.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastProblem() const { return m_lastProblem; }
    // The user asked to keep the server's password in the keychain: the password question says
    // so rather than "never stored".
    void setRemembering(bool remembering) { m_remembering = remembering; }
    // The password of the last server connection that succeeded (given or asked for); empty when
    // none was needed. Kept only as long as this opener.
    QString passwordUsed() const { return m_passwordUsed; }

    // How a database is named to the user: a file by its name, a server's database as
    // "jalaseh on db.example.org".
    static QString shortName(const QString& path);

private:
    std::unique_ptr<session::DatabaseSession> open(const QString& path, bool create);
    void tellMigrated(int fromVersion, const QString& backupPath);
    // Asks for the password of a server that refused the login; false when the user cancels.
    bool askPassword(const QString& address, QString* password);

    QWidget* m_parent;
    bool m_interactive = true;
    bool m_remembering = false;
    QString m_lastProblem;
    QString m_passwordUsed;
};

} // namespace jalaseh::app
