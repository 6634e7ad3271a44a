#include "app/shell/DatabaseOpener.h"

#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
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

std::unique_ptr<session::DatabaseSession> DatabaseOpener::open(const QString& path, bool create)
{
    storage::OpenOptions options;
    options.create = create;
    options.allowReadOnly = false; // ask first: the user may prefer to fix the permissions
    for (;;) {
        storage::Database::OpenResult result = storage::Database::open(path, options);
        if (result.database) {
            m_lastProblem.clear();
            if (result.database->migratedFromVersion() > 0)
                tellMigrated(result.database->migratedFromVersion(), result.database->backupPath());
            return std::make_unique<session::DatabaseSession>(std::move(result.database));
        }
        m_lastProblem = result.message;
        if (!m_interactive)
            return nullptr;

        QMessageBox box(m_parent);
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("Cannot open the database"));
        box.setText(tr("The database “%1” could not be opened.").arg(QFileInfo(path).fileName()));
        box.setInformativeText(result.message);
        QPushButton* readOnly = nullptr;
        QPushButton* retry = nullptr;
        if (result.problem == storage::OpenProblem::ReadOnly)
            readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        if (result.problem == storage::OpenProblem::Locked)
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

void DatabaseOpener::tellMigrated(int fromVersion, const QString& backupPath)
{
    if (!m_interactive)
        return;
    QMessageBox::information(
        m_parent, tr("Database updated"),
        tr("This database was written by an older version of Jalaseh (format %1) and "
           "has been updated. A copy of the file as it was is kept at:\n%2")
            .arg(fromVersion)
            .arg(QDir::toNativeSeparators(backupPath)));
}

} // namespace jalaseh::app
