#include "app/shell/ConflictPrompt.h"

#include "session/DatabaseSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace jalaseh::app {

ConflictPrompt::ConflictPrompt(session::DatabaseSession& session, QWidget* window)
    : QObject(&session)
    , m_session(session)
    , m_window(window)
{
    setObjectName(QStringLiteral("conflictPrompt"));
    connect(&session, &session::DatabaseSession::conflicted, this, &ConflictPrompt::ask,
            Qt::QueuedConnection);
}

void ConflictPrompt::ask(const QString& message)
{
    const session::SaveConflict* conflict = m_session.pendingConflict();
    if (!conflict || !m_window)
        return;
    // A newer refusal replaces the question about an older one (the session keeps only it).
    if (m_box)
        m_box->deleteLater();
    m_box = new QMessageBox(QMessageBox::Warning, tr("Someone else changed this first"), message,
                            QMessageBox::NoButton, m_window);
    m_box->setObjectName(QStringLiteral("conflictBox"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* applyAgain = nullptr;
    if (conflict->applyAgain) {
        applyAgain =
            m_box->addButton(tr("Apply my change on the new version"), QMessageBox::AcceptRole);
        applyAgain->setObjectName(QStringLiteral("applyMineButton"));
    }
    QPushButton* discard =
        m_box->addButton(applyAgain ? tr("Discard my change") : tr("OK"), QMessageBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardMineButton"));
    m_box->setDefaultButton(applyAgain ? applyAgain : discard);
    connect(m_box, &QMessageBox::buttonClicked, this, [this, applyAgain](QAbstractButton* button) {
        if (applyAgain && button == applyAgain)
            m_session.applyMineAgain();
        else
            m_session.discardMine();
    });
    m_box->open();
}

} // namespace jalaseh::app
