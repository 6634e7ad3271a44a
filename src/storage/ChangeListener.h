#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace jalaseh::storage {

class Database;
class ListenerWorker;

// Hears what the server announces: every committed change to a table the window shows (schema
// step 8 makes the server say so on the channel `jalaseh_changes`, whoever made it: this
// program, another window, psql). A connection of its own, in a thread of its own, subscribed
// through Qt's PostgreSQL driver (QSqlDriver::subscribeToNotification): its waits (connecting
// to a server that does not answer, trying again) never hold up the window. It also tells when
// the server went away and when it is back: it checks its connection twice a second (a server
// that stops closes it) and asks the server every ten seconds (with TCP keepalives, a network
// gone quiet is noticed in about 20 s); a lost connection is tried again after 1, 2, 4, 8, then
// every 10 seconds. Signals arrive in the thread that made the listener. PostgreSQL only.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    // Takes `database`'s server, login and settings; the listener's connection is its own.
    explicit ChangeListener(const Database& database, QObject* parent = nullptr);
    ~ChangeListener() override;

    static QString channel();
    // For a transaction that writes many rows (a copy, generated data), called inside it: the
    // server announces nothing of it statement by statement (each announcement costs a
    // fraction of a millisecond), and once, at commit, that everything changed. Nothing on a
    // file. Throws StorageError.
    static void announceAllAtCommit(Database& database);
    // The waits before connecting again: `firstMs`, doubling up to `mostMs`. Before start().
    void setRetryDelays(int firstMs, int mostMs);
    void start();

signals:
    // One announcement as the server sent it (JSON: pid, table, meetings).
    void announced(const QString& payload);
    // Subscribed: from now on every committed change is heard (after start() and after each
    // reconnection).
    void listening();
    // The server cannot be reached (once per outage, also when the first connection fails).
    void connectionLost(const QString& why);
    // Connected and subscribed again after connectionLost; changes made meanwhile were not heard.
    void connectionRestored();

private:
    friend class ListenerWorker;
    QThread m_thread;
    ListenerWorker* m_worker = nullptr;
};

} // namespace jalaseh::storage
