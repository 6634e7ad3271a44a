#pragma once

#include "session/DatabaseSession.h"

#include <QUndoCommand>

namespace jalaseh::storage {
class EditConflict;
}

namespace jalaseh::session {

// One edit of the database that can be undone. apply() and revert() write through the
// repositories; each runs in its own transaction, so an edit is saved the moment it is made and
// a failed one leaves the file as it was.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(DatabaseSession& session, const QString& text);

    // Runs apply() now; the undo stack's first redo() is then skipped. False when it failed
    // (the session has reported why).
    bool applyFirstTime();

    void redo() final;
    void undo() final;

    // Why the first apply failed when the file, not the edit, was at fault (another program
    // held it, the disk was full, the file was made read-only or taken away:
    // storage::FileUnavailable); empty otherwise. Such an edit is kept by the session, not
    // dropped, and was not reported through `failed`.
    QString keptBecause() const { return m_keptBecause; }

protected:
    virtual void apply(storage::Database& database) = 0;
    virtual void revert(storage::Database& database) = 0;
    // What the views must reload afterwards.
    virtual Change change() const = 0;
    // Whether the edit also adds or removes people (a guest created on the spot), so that the
    // views naming people hear of it besides change().
    virtual bool changesPeople() const { return false; }
    virtual Id meetingId() const { return 0; }
    // After apply() or revert() was committed (a transaction the server gave up runs them again,
    // so what they learn is kept here, not in them).
    virtual void saved(bool /*forward*/) {}
    // Someone else saved a row this edit writes since it was read: tells the user. By default
    // the storage's sentence; commands that can apply the change again on the row as it is now
    // hand the session a SaveConflict instead.
    virtual void refused(const storage::EditConflict& conflict, bool forward);

    DatabaseSession& session() const { return m_session; }

private:
    bool run(bool forward);

    DatabaseSession& m_session;
    bool m_skipNextRedo = false;
    bool m_firstRun = false;
    QString m_keptBecause;
};

} // namespace jalaseh::session
