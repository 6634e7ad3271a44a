#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace jalaseh::session {
class DatabaseSession;
}

namespace jalaseh::app {

// Tells the user of an edit the file kept from being saved (DatabaseSession::unsaved: another
// program holds the file, the disk is full, the file was made read-only or taken away) and that
// the edit is kept, not lost; offers to try again, to save a copy of the database with the edit
// in another folder (or on another disk) and go on there, or to discard it. Not modal to the
// application: the window stays usable and the edit stays kept while the box is open or after
// it was closed. Lives as long as the session it serves.
class UnsavedEditPrompt : public QObject
{
    Q_OBJECT
public:
    UnsavedEditPrompt(session::DatabaseSession& session, QWidget* window);

    // The open box, for tests; nullptr when there is none.
    // The box goes with the session it speaks for (another database opened, the window closed).
    ~UnsavedEditPrompt() override;
    QMessageBox* box() const { return m_box; }

    // Asks for the new file of "Save a copy as…" (a file dialog); tests answer instead. Returns
    // an empty path when the user cancelled.
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggested)>;
    static void setPathChooser(PathChooser chooser);
    // "Save a copy as…": asks for the file, writes the copy and moves the session to it; the
    // user is told when it failed. The window's File menu calls it too.
    static bool saveCopy(session::DatabaseSession& session, QWidget* window);

private:
    void ask(const QString& message);

    session::DatabaseSession& m_session;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace jalaseh::app
