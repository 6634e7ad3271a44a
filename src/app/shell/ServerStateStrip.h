#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QTimer;

namespace jalaseh::session {
class DatabaseSession;
}

namespace jalaseh::app {

// The line above the views that says the database server cannot be reached (what is shown stays
// readable but may be out of date; changes wait) and, for a few seconds, that it is connected
// again. Hidden otherwise, and always for a file. Follows the session's LiveUpdates.
class ServerStateStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ServerStateStrip(QWidget* parent = nullptr);

    void setSession(session::DatabaseSession* session);
    // The sentence shown; empty when hidden (for tests).
    QString shownText() const;

private:
    void showUnreachable();
    void showReachableAgain();
    void paint(bool problem);

    QPointer<session::DatabaseSession> m_session;
    QLabel* m_text;
    QTimer* m_hide;
};

} // namespace jalaseh::app
