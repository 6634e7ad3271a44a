#include "app/shell/UnsavedEditPrompt.h"

#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace jalaseh::app {
namespace {

UnsavedEditPrompt::PathChooser& chooser()
{
    static UnsavedEditPrompt::PathChooser chosen;
    return chosen;
}

QString askForPath(QWidget* parent, const QString& suggested)
{
    if (chooser())
        return chooser()(parent, suggested);
    return QFileDialog::getSaveFileName(
        parent, UnsavedEditPrompt::tr("Save a copy of the database as"), suggested,
        UnsavedEditPrompt::tr("Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)"));
}

} // namespace

UnsavedEditPrompt::UnsavedEditPrompt(session::DatabaseSession& session, QWidget* window)
    : QObject(&session)
    , m_session(session)
    , m_window(window)
{
    setObjectName(QStringLiteral("unsavedEditPrompt"));
    // Queued: the edit that failed is still on its way out of perform() when this is emitted.
    connect(&session, &session::DatabaseSession::unsaved, this, &UnsavedEditPrompt::ask,
            Qt::QueuedConnection);
}

UnsavedEditPrompt::~UnsavedEditPrompt()
{
    if (m_box)
        m_box->deleteLater();
}

void UnsavedEditPrompt::setPathChooser(PathChooser chosen)
{
    chooser() = std::move(chosen);
}

bool UnsavedEditPrompt::saveCopy(session::DatabaseSession& session, QWidget* window)
{
    const QFileInfo file(session.path());
    const QString suggested = QDir::home().filePath(
        tr("%1 (copy).%2")
            .arg(file.completeBaseName(),
                 file.suffix().isEmpty() ? QStringLiteral("jalaseh") : file.suffix()));
    const QString path = askForPath(window, suggested);
    if (path.isEmpty())
        return false;
    QString error;
    if (session.saveCopyAs(path, &error))
        return true;
    QMessageBox::warning(window, tr("The copy was not saved"),
                         error + QLatin1Char('\n') +
                             tr("Your unsaved changes are still kept in this window."));
    return false;
}

void UnsavedEditPrompt::ask(const QString& message)
{
    const int count = m_session.unsavedEditCount();
    if (count == 0 || !m_window)
        return;
    if (m_box)
        m_box->deleteLater();
    const QString kept =
        count == 1
            ? tr("Your change “%1” is kept in this window; nothing of it is lost. Try again "
                 "once the file can be written to, or save a copy of the database with your "
                 "change in another folder (or on another disk) and go on working there.")
                  .arg(m_session.unsavedEditNames().constFirst())
            : tr("Your %Ln changes are kept in this window; nothing of them is lost. Try again "
                 "once the file can be written to, or save a copy of the database with your "
                 "changes in another folder (or on another disk) and go on working there.",
                 nullptr, count);
    m_box =
        new QMessageBox(QMessageBox::Warning, tr("The change is not saved yet"),
                        message + QStringLiteral("\n\n") + kept, QMessageBox::NoButton, m_window);
    m_box->setObjectName(QStringLiteral("unsavedEditBox"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* retry = m_box->addButton(tr("Try again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    // A file's copy only: a server's database is not copied from the window.
    QPushButton* copy = nullptr;
    if (m_session.database().engine() == storage::Engine::Sqlite) {
        copy = m_box->addButton(tr("Save a copy as…"), QMessageBox::ActionRole);
        copy->setObjectName(QStringLiteral("saveCopyButton"));
    }
    QPushButton* discard = m_box->addButton(tr("Discard my change"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardUnsavedButton"));
    QPushButton* later = m_box->addButton(tr("Decide later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    m_box->setDefaultButton(retry);
    m_box->setEscapeButton(later);
    connect(m_box, &QMessageBox::buttonClicked, this,
            [this, retry, copy, discard](QAbstractButton* button) {
                // After the box has gone: an answer may open another box (a new refusal).
                QMetaObject::invokeMethod(
                    this,
                    [this, which = button == retry          ? 1
                                   : copy && button == copy ? 2
                                   : button == discard      ? 3
                                                            : 0] {
                        if (which == 1)
                            m_session.retryUnsavedEdits();
                        else if (which == 2)
                            saveCopy(m_session, m_window);
                        else if (which == 3)
                            m_session.discardUnsavedEdits();
                    },
                    Qt::QueuedConnection);
            });
    m_box->open();
}

} // namespace jalaseh::app
