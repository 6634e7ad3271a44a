#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace jalaseh::storage {
class EditConflict;
}

namespace jalaseh::session {

class DatabaseSession;
class EditCommand;

// An edit (or an undo, or a redo) refused because someone else saved the row after this window
// read it (storage::EditConflict). Nothing was saved, and nothing of the user's is lost: the
// session keeps it (DatabaseSession::pendingConflict) until the user applies it again on the row
// as it is now or discards it.
struct SaveConflict
{
    QString message;         // who changed what and when, and what became of the user's change
    QString changedBy;       // empty when unknown
    QDateTime changedAt;     // invalid when unknown
    QStringList theirFields; // what the other person changed, for the user
    QStringList yourFields;  // what the refused change would have changed
    // The user's change made again on the row as it is now; empty when it cannot be.
    std::function<EditCommand*(DatabaseSession&)> applyAgain;
};

// The conflict's words: `noun` is the row ("this decision"); `removal` when the refused change
// removed the row rather than changed it.
SaveConflict describeConflict(const storage::EditConflict& error, const QString& noun,
                              const QStringList& theirFields, const QStringList& yourFields,
                              bool removal);

} // namespace jalaseh::session
