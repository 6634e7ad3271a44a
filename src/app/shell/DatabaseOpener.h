#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace jalaseh::session {
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

// Opens database files for the window, and says clearly what went wrong when one cannot be
// opened: a locked file can be tried again, a read-only one opened read-only, a newer or damaged
// one is left untouched and the user is told what to do.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    explicit DatabaseOpener(QWidget* parent);

    // Opens an existing file; nullptr when it could not be opened (the user has been told).
    std::unique_ptr<session::DatabaseSession> open(const QString& path);
    // Creates a new, empty database file.
    std::unique_ptr<session::DatabaseSession> create(const QString& path);
    // The database in the user's data folder, created with the demo meeting on first start.
    std::unique_ptr<session::DatabaseSession> openDefault();
    static QString defaultPath();

    // When false, problems are not shown in dialogs (tests); lastProblem() keeps the sentence.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastProblem() const { return m_lastProblem; }

private:
    std::unique_ptr<session::DatabaseSession> open(const QString& path, bool create);
    void tellMigrated(int fromVersion, const QString& backupPath);

    QWidget* m_parent;
    bool m_interactive = true;
    QString m_lastProblem;
};

} // namespace jalaseh::app
