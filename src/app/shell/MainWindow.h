#pragma once

#include "core/Id.h"
#include "session/EditRights.h"
#include "storage/SearchRepository.h"

#include <QDate>
#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace jalaseh::session {
class Backups;
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

class AttendanceView;
class ServerStateStrip;
class BodiesView;
class CalendarView;
class ConnectionLabel;
class DecisionsView;
class HomeView;
class MeetingEditor;
class MeetingsView;
class PasswordKeychain;
class PeopleView;

// The shell that hosts the views; each view is its own class with its own form and model.
// It owns the open database (a DatabaseSession), the menus and their shortcuts, and remembers
// its layout between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        HomePage,
        MeetingsPage,
        PeoplePage,
        BodiesPage,
        DecisionsPage,
        AttendancePage,
        CalendarPage,
        MeetingEditorPage
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `requested` (`jalaseh --db DATABASE`) when given, else the database used last (a
    // file, or a server, asking for its password if it wants one), else the default file
    // (created with the demo meeting).
    void openStartDatabase(const QString& requested = {});
    // Opens a file or a server's database (a postgresql:// address, perhaps with a password,
    // which is used to connect and kept nowhere); false when it could not be opened (the user
    // was told why). A server whose password the user asked to remember is opened once the
    // keychain has answered, which it does asynchronously: then true means "asked for", and
    // session() changes a moment later (or the user is told why not).
    bool openDatabase(const QString& path);
    // File ▸ Connect to a server: the server dialog, then the database it names.
    void connectToServer();
    void setSession(std::unique_ptr<session::DatabaseSession> session);
    // What the open database's login may change (read from the server with each new session),
    // so that the views offer only that.
    const session::EditRights& rights() const { return m_rights; }
    PasswordKeychain* keychain() const { return m_keychain; }
    // Whether a password is being read from the keychain before connecting.
    bool isConnecting() const { return m_connecting; }
    session::DatabaseSession* session() const { return m_session.get(); }
    // The open file's backups (File ▸ Backups, the status bar); null for a server.
    session::Backups* backups() const { return m_backups.get(); }
    // File ▸ Backups.
    void showBackups();
    // How long after a file opens its automatic backup starts, when one is due.
    static constexpr int automaticBackupDelayMs = 3000;

    void showPage(Page page);
    Page currentPage() const;
    void openMeeting(Id meetingId);
    // The search of the whole database (Ctrl+Shift+F), opened with `query` typed in; the hit
    // chosen is shown: a person or a body in its list, anything else in its meeting's editor.
    void searchEverything(const QString& query = {});
    void showHit(const storage::SearchHit& hit);
    // Creates a meeting in the series of the selected one (or the first series), numbered next,
    // dated today, and opens it in the editor.
    void newMeeting();
    // The same, dated `date` (from the calendar).
    void newMeetingOn(const QDate& date);

    HomeView* homeView() const { return m_home; }
    MeetingsView* meetingsView() const { return m_meetings; }
    PeopleView* peopleView() const { return m_people; }
    BodiesView* bodiesView() const { return m_bodies; }
    DecisionsView* decisionsView() const { return m_decisions; }
    AttendanceView* attendanceView() const { return m_attendance; }
    MeetingEditor* meetingEditor() const { return m_editor; }
    CalendarView* calendarView() const { return m_calendar; }
    // New meeting, undo and redo, the minutes, search everything.
    QToolBar* toolBar() const { return m_toolBar; }
    // The meeting the minutes action means: the one in the editor, or the one chosen in the list.
    Id meetingInSight() const;
    // The strip above the views that tells of a failed read (or anything else that went wrong
    // outside an edit): what happened and what to do. Empty when hidden.
    QString shownProblem() const;
    // The note above the views on how the file is shared (another program or window has it
    // open, someone was saving as it opened, a network file system). Empty when hidden.
    QString shownNotice() const;
    // File ▸ Save a copy as…: a copy of the open file, which the window then works on.
    void saveCopy();

signals:
    // The minutes of a meeting were asked for (the minutes dialog answers).
    void minutesRequested(jalaseh::Id meetingId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBar(const QList<QAction*>& actions);
    void decorateNavigation();
    // A server: reads its remembered password from the keychain first when there is one, then
    // connects (connectNow); `done` hears whether it opened.
    void connectServer(const QString& address, bool remember, std::function<void(bool)> done);
    bool connectNow(const QString& address, const QString& keychainKey,
                    const QString& storedPassword);
    void forgetDropped(const QStringList& dropped);
    void clearRecent();
    void fillRecentMenu();
    void newDatabase();
    void chooseDatabase();
    void focusSearch();
    void showSettings();
    void showAbout();
    void setUpBackups();
    void showLastBackup();
    void showMinutes(Id meetingId);
    void showFailure(const QString& message);
    void showProblem(const QString& message);
    void hideProblem();
    void showNotice(const QString& message);
    // The session moved to a copy of its file (DatabaseSession::saveCopyAs).
    void sessionMoved(const QString& path);
    void updateTitle();
    void restoreLayout();
    void saveLayout();
    // Asks, when edits the database refused are kept in the window, whether to lose them
    // (`consequence` says by doing what), or to save a copy of the file with them first. True
    // when there are none or the user lets them go.
    bool mayLoseUnsavedEdits(const QString& consequence, const QString& loseLabel);

    std::unique_ptr<session::DatabaseSession> m_session;
    std::unique_ptr<session::Backups> m_backups;
    QAction* m_backupsAction = nullptr;
    QLabel* m_backupLabel = nullptr;
    session::EditRights m_rights;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QFrame* m_problemStrip;
    QLabel* m_problemText;
    QFrame* m_noticeStrip = nullptr;
    QLabel* m_noticeText = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_newMeetingAction = nullptr; // off for a login that may not make one
    MeetingsView* m_meetings;
    PeopleView* m_people;
    BodiesView* m_bodies;
    DecisionsView* m_decisions;
    AttendanceView* m_attendance;
    CalendarView* m_calendar;
    MeetingEditor* m_editor;
    HomeView* m_home = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    ConnectionLabel* m_databaseLabel = nullptr;
    ServerStateStrip* m_serverState = nullptr;
    QUndoGroup* m_undoGroup;
    PasswordKeychain* m_keychain;
    int m_connectRequest = 0; // the newest connection asked for; older answers are dropped
    bool m_connecting = false;
};

} // namespace jalaseh::app
