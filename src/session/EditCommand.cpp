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
    m_firstRun = true;
    m_keptBecause.clear();
    m_skipNextRedo = run(true);
    m_firstRun = false;
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

void EditCommand::refused(const storage::EditConflict& conflict, bool /*forward*/)
{
    m_session.notifyFailed(conflict.userMessage());
}

bool EditCommand::run(bool forward)
{
    storage::Database& database = m_session.database();
    try {
        storage::retryTransaction(database, [&] {
            if (forward)
                apply(database);
            else
                revert(database);
        });
        saved(forward);
    } catch (const storage::EditConflict& conflict) {
        // An undo or redo refused leaves the stack (QUndoStack drops an obsolete command): its
        // row is no longer as it left it, so neither it nor its reverse may be applied blindly.
        setObsolete(true);
        refused(conflict, forward);
        return false;
    } catch (const storage::FileUnavailable& error) {
        // A new edit the file refused is kept by the session to be tried again or saved
        // elsewhere; an undo or a redo is reported as before.
        if (m_firstRun && forward)
            m_keptBecause = error.userMessage();
        else
            m_session.notifyFailed(error.userMessage());
        return false;
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
