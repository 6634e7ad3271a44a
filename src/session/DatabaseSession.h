#pragma once

#include "core/Id.h"
#include "session/SaveConflict.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class EditCommand;
class LiveUpdates;
struct PeopleInOrder;

// What an edit touched, so that only the views showing it reload.
enum class Change
{
    People,
    Bodies,
    Memberships,
    Series,
    Meetings,
    MeetingRows,
    Organisation // name, logo and letterhead of the settings
};

// One open database file and the history of edits made to it. Every edit is an EditCommand that
// writes through the repositories in its own transaction the moment it is made (there is no
// "save"), and that the undo stack can reverse.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseSession(std::unique_ptr<storage::Database> database,
                             QObject* parent = nullptr);
    ~DatabaseSession() override;

    storage::Database& database() const { return *m_database; }
    QString path() const;
    bool isReadOnly() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    // Other windows' changes and the server's reachability (LiveUpdates.h).
    LiveUpdates* liveUpdates() const { return m_live; }

    // Makes the edit now and keeps it for undo. On failure the edit is dropped, `failed` is
    // emitted with a sentence for the user, and false is returned.
    bool perform(EditCommand* command);

    // The guarded read path of the window, as EditCommand is for writes: checks that the file is
    // still the one opened, runs `read`, and catches whatever it throws. On failure `readFailed`
    // is emitted with what happened and what to do, and false is returned; the caller keeps what
    // it showed before. Every read made from an event handler goes through here, so that no
    // exception reaches Qt's event loop.
    bool read(const std::function<void()>& read);

    // Rows that an undo removed and a redo put back get new ids; commands made before keep the
    // old id and ask here for the current one. `kind` tells tables apart.
    Id currentId(int kind, Id id) const;
    void renumber(int kind, Id oldId, Id newId);

    // The version of a row this session saved or made last (RowVersion::number after its save,
    // 1 for a row it inserted); 0 when it did neither. Commands check their saves against the
    // later of this and the version they read, so that a view that has not yet reloaded after
    // this window's own edit does not make the next edit of the row look like someone else's.
    qint64 knownVersion(int kind, Id id) const { return m_versions.value({kind, id}).number; }
    void rememberVersion(int kind, Id id, qint64 version);
    // Each remembered version is stamped with a tick of this clock. A row removed and put back
    // starts again at version 1, possibly under its old id (SQLite reuses the largest id), so a
    // command that read or saved the row before that tick must take the session's word for it,
    // not the larger number it holds: `expectedVersion` says which.
    quint64 versionClock() const { return m_versionClock; }
    qint64 expectedVersion(int kind, Id currentId, Id readId, qint64 read, quint64 readAt) const;

    // The edit refused last because someone else had saved the row first, kept until the user
    // applies it again or discards it; nullptr when there is none.
    const SaveConflict* pendingConflict() const;
    // Makes the refused edit again on the row as it is now (a new edit, undoable as any); false
    // when it failed or was refused again (then the new conflict is pending).
    bool applyMineAgain();
    void discardMine();

    // Edits the file kept from being saved (storage::FileUnavailable: another program held it
    // past the busy timeout, the disk was full, the file was made read-only, removed or
    // replaced, the disk failed). perform() keeps them here, oldest first, instead of dropping
    // them, and emits `unsaved`; nothing of them is in the file. The user tries them again,
    // saves them into a copy of the database elsewhere, or discards them.
    int unsavedEditCount() const { return int(m_unsaved.size()); }
    QStringList unsavedEditNames() const; // each edit's undo text ("Change the title")
    // Makes the kept edits now, in order; false (and `unsaved` again) when one is refused again.
    bool retryUnsavedEdits();
    void discardUnsavedEdits();
    // Writes a copy of the database as it is (everything saved so far; storage::copyDatabaseTo)
    // to the new file `path`, opens it, and goes on in it: the window, its undo history and the
    // kept edits move to the copy, and the kept edits are made there. False with a sentence in
    // `error` when the copy could not be written or opened (the session stays on its file).
    // Emits `moved` on success.
    bool saveCopyAs(const QString& path, QString* error);

    // Everyone in the database in Persian order, read once and kept until people change (edits
    // that add people, such as a guest, say so: EditCommand::changesPeople). Throws
    // storage::StorageError.
    std::shared_ptr<const PeopleInOrder> people() const;

    // Called by commands after they wrote.
    void notifyChanged(Change what, Id meetingId = 0);
    void notifyFailed(const QString& message);
    void notifyReadFailed(const QString& message);
    // What a user is told of a change made while the server cannot be reached.
    static QString unreachableMessage();

    // A refused edit: the views reload the row as it is now (`what`, `meetingId`), then
    // `conflicted` asks the user what to do with their change.
    void notifyConflict(SaveConflict conflict, Change what, Id meetingId);

signals:
    void changed(jalaseh::session::Change what, jalaseh::Id meetingId);
    // An edit was kept, not saved (see unsavedEditCount): what the file said and what to do.
    void unsaved(const QString& message);
    // The session now works on another file (saveCopyAs).
    void moved(const QString& path);
    // An edit was not saved.
    void failed(const QString& message);
    // A read failed; what was shown stays as it was.
    void readFailed(const QString& message);
    // An edit was refused because someone else changed the row first; pendingConflict() has
    // what happened and the user's change. Connect it queued when the slot asks the user: it may
    // be emitted from inside an undo.
    void conflicted(const QString& message);

private:
    std::unique_ptr<storage::Database> m_database;
    QUndoStack* m_undoStack;
    LiveUpdates* m_live;
    QHash<QPair<int, Id>, Id> m_renumbered;
    struct KnownVersion
    {
        qint64 number = 0;
        quint64 tick = 0;
    };
    QHash<QPair<int, Id>, KnownVersion> m_versions;
    quint64 m_versionClock = 0;
    std::optional<SaveConflict> m_conflict;
    std::vector<std::unique_ptr<EditCommand>> m_unsaved;
    mutable std::shared_ptr<const PeopleInOrder> m_people;
};

} // namespace jalaseh::session
