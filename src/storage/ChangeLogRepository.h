#pragma once

#include "core/HistoryEntry.h"
#include "core/Id.h"

#include <QList>
#include <QVariantList>

namespace jalaseh::storage {

class Database;

// The history (schema step 10): every change of a meeting's record, written into `change_log` by
// the database's triggers on both engines, whatever program made it. On a server the triggers run
// as the tables' owner and name the login the server knows (session_user); no other login may
// write the log. In a file the program names its user at the start of each write (noteWriter).
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database& database);

    // Newest first. A meeting's: every change of its rows, a removed row's too.
    QList<HistoryEntry> forMeeting(Id meetingId) const;
    // A decision's: its own changes and those of its action items.
    QList<HistoryEntry> forDecision(Id decisionId) const;

    // The first schema version that keeps a history.
    static constexpr int schemaVersion = 10;

    // A file's writer names itself for the triggers, inside the write transaction just begun
    // (Transaction does this). Nothing on a server, or in a file older than the history.
    static void noteWriter(Database& database);

private:
    QList<HistoryEntry> read(const QString& where, const QVariantList& values) const;

    Database& m_database;
};

// Pauses the history for a bulk write that is not an edit — a whole database copied or replaced,
// a synthetic archive made — inside the caller's transaction, until resume() or the end of its
// scope, either of which must come before the commit (a rollback undoes the pause with the rest).
// A file's next write transaction starts unpaused whatever happened. On a server only the tables'
// owner may pause it: an editor's writes are logged all the same.
class HistoryPause
{
public:
    explicit HistoryPause(Database& database);
    ~HistoryPause();
    void resume();
    HistoryPause(const HistoryPause&) = delete;
    HistoryPause& operator=(const HistoryPause&) = delete;

private:
    void set(bool paused);

    Database& m_database;
    bool m_active = false;
};

} // namespace jalaseh::storage
