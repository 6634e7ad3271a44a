#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace jalaseh::session {
class DatabaseSession;
}

namespace jalaseh::app {

// Asks the user what to do with an edit refused because someone else changed the row first
// (DatabaseSession::conflicted): the box says who changed what and when, the views already show
// the new version, and the user applies their change on it or discards it. Not modal to the
// application, and never opened from inside the undo stack's own call: the answer makes a new
// edit. Lives as long as the session it serves.
class ConflictPrompt : public QObject
{
    Q_OBJECT
public:
    ConflictPrompt(session::DatabaseSession& session, QWidget* window);

    // The open question, for tests; nullptr when there is none.
    QMessageBox* box() const { return m_box; }

private:
    void ask(const QString& message);

    session::DatabaseSession& m_session;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace jalaseh::app
