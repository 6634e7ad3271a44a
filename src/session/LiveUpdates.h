#pragma once

#include "core/Id.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace jalaseh::storage {
class ChangeListener;
}

namespace jalaseh::session {

class DatabaseSession;

// Brings other people's changes into the window and keeps it honest about the server. On a
// server it hears the changes the server announces (storage::ChangeListener), drops those this
// window made itself (they were shown when made), and after a short pause (so that a burst, an
// import, is one reload) reports the rest through the session's `changed`, scoped to the table
// and meeting: the views reload what shows them. When the server cannot be reached it says so,
// the session stops sending reads that cannot succeed, and the window keeps what it shows; once
// the server is back the session's connection is made again and everything reloads (changes
// made meanwhile were not heard). On a file, a second window's changes are noticed by asking
// SQLite every second whether another connection committed (PRAGMA data_version), and reloaded
// whole. Owned by the session.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(DatabaseSession& session);
    ~LiveUpdates() override;

    // How long heard changes wait to be shown together.
    static constexpr int pauseMs = 100;

    bool isServerReachable() const { return m_reachable; }
    // A read or write found the session's connection lost before the listener did.
    void noticeLost();
    // For tests: the waits before connecting again (see ChangeListener::setRetryDelays) and how
    // often a file is asked. Before the first event loop turn after the session was made.
    void setRetryDelays(int firstMs, int mostMs);
    void setFileCheckInterval(int ms) { m_fileCheck.setInterval(ms); }
    // The session moved to another file (DatabaseSession::saveCopyAs): its changes are asked
    // from now on.
    void fileReplaced();

signals:
    // Changes are heard from now on (on a server: subscribed; again after each reconnection).
    void listening();
    void serverUnreachable();
    // Connected again; the views reload.
    void serverReachableAgain();

private:
    void heard(const QString& payload);
    void showHeard();
    void lost();
    void restored();
    void checkFile();
    void markEverything();

    DatabaseSession& m_session;
    storage::ChangeListener* m_listener = nullptr;
    QTimer m_pause;
    QTimer m_fileCheck;
    qint64 m_dataVersion = 0;
    bool m_reachable = true;
    bool m_listenerConnected = false;
    bool m_everything = false;
    QSet<int> m_changes;       // session::Change values heard, besides meeting rows
    QSet<Id> m_meetings;       // meetings whose meeting row changed
    QSet<Id> m_rowsOfMeetings; // meetings whose rows (decisions, attendance, ...) changed
    bool m_rowsOfAnyMeeting = false;
};

} // namespace jalaseh::session
