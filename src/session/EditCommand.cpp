#include "session/EditCommand.h"

#include "core/Error.h"
#include "session/RowKind.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jalaseh::session {

EditCommand::EditCommand(DatabaseSession& session, const QString& text)
    : m_session(session)
{
    setText(text);
}

bool EditCommand::applyFirstTime()
{
    m_skipNextRedo = run(true);
    return m_skipNextRedo;
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(true);
}

void EditCommand::undo()
{
    run(false);
}

bool EditCommand::run(bool forward)
{
    try {
        storage::Transaction transaction(m_session.database());
        if (forward)
            apply(m_session.database());
        else
            revert(m_session.database());
        transaction.commit();
    } catch (const Error& error) {
        m_session.notifyFailed(error.userMessage());
        return false;
    } catch (const std::exception& error) {
        m_session.notifyFailed(
            QCoreApplication::translate("EditCommand", "The change could not be saved: %1")
                .arg(QString::fromLocal8Bit(error.what())));
        return false;
    }
    m_session.notifyChanged(change(), m_session.currentId(MeetingRow, meetingId()));
    if (changesPeople() && change() != Change::People)
        m_session.notifyChanged(Change::People);
    return true;
}

} // namespace jalaseh::session
