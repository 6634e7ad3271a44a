#include "app/shell/MainWindow.h"

#include "app/attendance/AttendanceView.h"
#include "app/bodies/BodiesView.h"
#include "app/calendar/CalendarView.h"
#include "app/common/Icons.h"
#include "app/followup/DecisionsView.h"
#include "app/home/HomeLinks.h"
#include "app/home/HomeView.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "app/meetings/MinutesDialog.h"
#include "app/people/PeopleView.h"
#include "app/shell/AboutText.h"
#include "app/shell/Application.h"
#include "app/shell/BackupsDialog.h"
#include "app/shell/ConflictPrompt.h"
#include "app/shell/ConnectionLabel.h"
#include "app/shell/DatabaseOpener.h"
#include "app/shell/PasswordKeychain.h"
#include "app/shell/RecentDatabases.h"
#include "app/shell/SearchDialog.h"
#include "app/shell/ServerDialog.h"
#include "app/shell/ServerStateStrip.h"
#include "app/shell/SettingsDialog.h"
#include "app/shell/UnsavedEditPrompt.h"
#include "session/Backups.h"
#include "session/DatabaseSession.h"
#include "session/PeopleInOrder.h"
#include "session/commands/AttachmentCommands.h"
#include "session/commands/EditOrganisationCommand.h"
#include "session/commands/EditReviewRulesCommand.h"
#include "session/commands/InsertRowCommand.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jalaseh::app {
namespace {

QString fileFilter()
{
    return QCoreApplication::translate(
        "MainWindow", "Jalaseh databases (*.jalaseh *.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_problemStrip(new QFrame(this))
    , m_problemText(new QLabel(m_problemStrip))
    , m_meetings(new MeetingsView(this))
    , m_people(new PeopleView(this))
    , m_bodies(new BodiesView(this))
    , m_decisions(new DecisionsView(this))
    , m_attendance(new AttendanceView(this))
    , m_calendar(new CalendarView(this))
    , m_editor(new MeetingEditor(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_keychain(new PasswordKeychain(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->addItems({tr("Desk"), tr("Meetings"), tr("People"), tr("Bodies and members"),
                            tr("Follow-up of decisions"), tr("Attendance"), tr("Calendar")});
    m_navigation->setMaximumWidth(220);
    m_home = new HomeView(this);
    for (QWidget* page : {static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_meetings),
                          static_cast<QWidget*>(m_people), static_cast<QWidget*>(m_bodies),
                          static_cast<QWidget*>(m_decisions), static_cast<QWidget*>(m_attendance),
                          static_cast<QWidget*>(m_calendar), static_cast<QWidget*>(m_editor)})
        m_pages->addWidget(page);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);

    // Above the views, in sight whichever is open; a read that failed leaves the views as they
    // were and says here why.
    m_problemStrip->setObjectName(QStringLiteral("problemStrip"));
    m_problemStrip->setFrameShape(QFrame::StyledPanel);
    m_problemStrip->setAutoFillBackground(true);
    QPalette colours = m_problemStrip->palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    colours.setColor(QPalette::WindowText, QColor(0x5f, 0x21, 0x20));
    m_problemStrip->setPalette(colours);
    auto* icon = new QLabel(m_problemStrip);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_problemText->setObjectName(QStringLiteral("problemText"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(m_problemStrip);
    dismiss->setObjectName(QStringLiteral("problemDismiss"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &MainWindow::hideProblem);
    auto* stripLayout = new QHBoxLayout(m_problemStrip);
    stripLayout->setContentsMargins(8, 6, 8, 6);
    stripLayout->addWidget(icon, 0, Qt::AlignTop);
    stripLayout->addWidget(m_problemText, 1);
    stripLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_problemStrip->hide();
    m_problemStrip->setAccessibleName(tr("Problem"));

    // A note, not a problem: how the file is shared, and what to keep in mind. Not modal; it
    // stays until dismissed or another file is opened.
    m_noticeStrip = new QFrame(this);
    m_noticeStrip->setObjectName(QStringLiteral("noticeStrip"));
    m_noticeStrip->setFrameShape(QFrame::StyledPanel);
    m_noticeStrip->setAutoFillBackground(true);
    QPalette noticeColours = m_noticeStrip->palette();
    noticeColours.setColor(QPalette::Window, QColor(0xfd, 0xf6, 0xe3));
    noticeColours.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x10));
    m_noticeStrip->setPalette(noticeColours);
    auto* noticeIcon = new QLabel(m_noticeStrip);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    m_noticeText = new QLabel(m_noticeStrip);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* noticeDismiss = new QToolButton(m_noticeStrip);
    noticeDismiss->setObjectName(QStringLiteral("noticeDismiss"));
    noticeDismiss->setText(tr("Dismiss"));
    noticeDismiss->setAutoRaise(true);
    connect(noticeDismiss, &QToolButton::clicked, this, [this] { showNotice({}); });
    auto* noticeLayout = new QHBoxLayout(m_noticeStrip);
    noticeLayout->setContentsMargins(8, 6, 8, 6);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(noticeDismiss, 0, Qt::AlignTop);
    m_noticeStrip->hide();
    m_noticeStrip->setAccessibleName(tr("Note"));

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_problemStrip);
    column->addWidget(m_noticeStrip);
    m_serverState = new ServerStateStrip(central);
    column->addWidget(m_serverState);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    if (auto* application = qobject_cast<Application*>(qApp))
        connect(application, &Application::escaped, this, &MainWindow::showProblem);

    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { m_pages->setCurrentIndex(row); });
    connect(m_home, &HomeView::linkActivated, this,
            [this](const QString& link) { HomeLinks::follow(*this, link); });
    connect(m_meetings, &MeetingsView::openMeeting, this, &MainWindow::openMeeting);
    connect(m_meetings, &MeetingsView::newMeetingRequested, this, &MainWindow::newMeeting);
    connect(m_decisions, &DecisionsView::openMeeting, this, &MainWindow::openMeeting);
    connect(m_calendar, &CalendarView::openMeeting, this, &MainWindow::openMeeting);
    connect(m_calendar, &CalendarView::newMeetingRequested, this, &MainWindow::newMeetingOn);
    connect(m_attendance, &AttendanceView::openMeeting, this, &MainWindow::openMeeting);
    connect(m_attendance, &AttendanceView::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_editor, &MeetingEditor::backRequested, this, [this] { showPage(MeetingsPage); });
    connect(m_editor, &MeetingEditor::minutesRequested, this, &MainWindow::showMinutes);

    icons::setUp();
    decorateNavigation();
    createMenus();
    // Which database is open and as whom, in sight all the time.
    m_databaseLabel = new ConnectionLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    // When the file was last backed up: a user who lost work asks this first.
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_backupLabel);
    restoreLayout();
    showPage(HomePage);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The views refer to the session; take them down first.
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDatabase = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDatabase->setIcon(icons::named(QStringLiteral("document-new")));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(icons::named(QStringLiteral("document-open")));
    QAction* server =
        file->addAction(tr("Connect to a &server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectToServerAction"));
    server->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    server->setIcon(icons::named(QStringLiteral("network-server")));
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    m_recentMenu->setToolTipsVisible(true); // each entry's whole path or address
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &copy as…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setEnabled(false);
    m_backupsAction = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    m_backupsAction->setEnabled(false);
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setIcon(icons::named(QStringLiteral("preferences-system")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setIcon(icons::pointing(QStringLiteral("application-exit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icons::pointing(QStringLiteral("edit-undo")));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(icons::pointing(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find in the list"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setIcon(icons::named(QStringLiteral("edit-find")));
    QAction* searchAll =
        edit->addAction(tr("&Search everything…"), this, [this] { searchEverything(); });
    searchAll->setObjectName(QStringLiteral("searchEverythingAction"));
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchAll->setIcon(icons::named(QStringLiteral("system-search")));

    QMenu* meeting = menuBar()->addMenu(tr("&Meeting"));
    QAction* newMeeting = meeting->addAction(tr("&New meeting"), this, &MainWindow::newMeeting);
    newMeeting->setObjectName(QStringLiteral("newMeetingAction"));
    m_newMeetingAction = newMeeting;
    newMeeting->setShortcut(QKeySequence::New);
    newMeeting->setIcon(icons::named(QStringLiteral("appointment-new")));
    QAction* minutes = meeting->addAction(tr("&Minutes of this meeting…"), this, [this] {
        if (const Id meeting = meetingInSight())
            showMinutes(meeting);
    });
    minutes->setObjectName(QStringLiteral("minutesAction"));
    minutes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    minutes->setIcon(icons::named(QStringLiteral("x-office-document")));
    meeting->addSeparator();
    const QStringList tabs = m_editor->tabTitles();
    for (int tab = 0; tab < tabs.size(); ++tab) {
        QAction* action = meeting->addAction(tabs[tab], this, [this, tab] {
            if (m_editor->meetingId()) {
                showPage(MeetingEditorPage);
                m_editor->showTab(tab);
            }
        });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + tab)));
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+0 the desk, Ctrl+1 to Ctrl+6 the lists as before it came.
    for (int page = HomePage; page <= CalendarPage; ++page) {
        QAction* action =
            view->addAction(m_navigation->item(page)->icon(), m_navigation->item(page)->text(),
                            this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + page)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icons::named(QStringLiteral("help-about")), tr("&About Jalaseh"), this,
                    &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    createToolBar({newMeeting, undo, redo, minutes, searchAll});
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::createToolBar(const QList<QAction*>& actions)
{
    // The common actions under the menus, for those who do not know the shortcuts yet; what the
    // desktop's style says (icons alone, or with their names), the name and the key in the tip.
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // for saveState()
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (QAction* action : actions) {
        if (action->objectName() == QLatin1String("undoAction"))
            m_toolBar->addSeparator();
        m_toolBar->addAction(action);
        if (action->objectName() == QLatin1String("redoAction"))
            m_toolBar->addSeparator();
    }
    for (QAction* action : actions) {
        const auto describe = [action] {
            QString tip = action->text();
            tip.remove(QLatin1Char('&'));
            if (tip.endsWith(QChar(0x2026)))
                tip.chop(1);
            if (!action->shortcut().isEmpty())
                tip += QStringLiteral(" (%1)").arg(
                    action->shortcut().toString(QKeySequence::NativeText));
            // An action the login may not take says why (setSession puts it in the status tip).
            if (!action->isEnabled() && !action->statusTip().isEmpty())
                tip += QLatin1Char('\n') + action->statusTip();
            action->setToolTip(tip);
        };
        describe();
        // Undo and redo name the change they would make, which changes with every edit.
        connect(action, &QAction::changed, this, [action, describe] {
            const QSignalBlocker blocker(action);
            describe();
        });
    }
}

void MainWindow::decorateNavigation()
{
    // By page, not by row: a page added to the list keeps the others' icons right.
    const QList<std::pair<Page, QIcon>> decorations{
        {HomePage, icons::named(QStringLiteral("go-home"))},
        {MeetingsPage, icons::pointing(QStringLiteral("view-list-bullet"))},
        {PeoplePage, icons::named(QStringLiteral("avatar-default"))},
        {BodiesPage, icons::named(QStringLiteral("system-users"))},
        {DecisionsPage, icons::named(QStringLiteral("task-due"))},
        {AttendancePage, icons::named(QStringLiteral("x-office-spreadsheet"))},
        {CalendarPage, icons::named(QStringLiteral("x-office-calendar"))}};
    for (const auto& [page, icon] : decorations)
        if (QListWidgetItem* item = m_navigation->item(page))
            item->setIcon(icon);
}

Id MainWindow::meetingInSight() const
{
    // The meeting open in the editor, or the one chosen in the list of meetings.
    if (currentPage() == MeetingsPage && m_meetings->currentMeetingId())
        return m_meetings->currentMeetingId();
    return m_editor->meetingId();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
        return;
    }
    for (const QString& path : paths) {
        QAction* action = m_recentMenu->addAction(DatabaseOpener::shortName(path), this,
                                                  [this, path] { openDatabase(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->addSeparator();
    QAction* clear =
        m_recentMenu->addAction(tr("&Clear this list"), this, &MainWindow::clearRecent);
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setStatusTip(tr("Also forgets the server passwords kept in the desktop's keychain"));
}

void MainWindow::clearRecent()
{
    const QStringList paths = RecentDatabases::list();
    for (const QString& path : paths)
        RecentDatabases::remove(path);
    forgetDropped(paths);
}

void MainWindow::forgetDropped(const QStringList& dropped)
{
    // A server no longer in the list has its remembered password removed with it: nothing in
    // the window would use it again, and nothing would show that it is there.
    QStringList kept;
    for (const QString& path : RecentDatabases::list())
        kept.append(PasswordKeychain::keyFor(path));
    for (const QString& path : dropped) {
        const QString key = PasswordKeychain::keyFor(path);
        if (PasswordKeychain::isRemembered(key) && !kept.contains(key))
            m_keychain->forget(key);
    }
}

void MainWindow::openStartDatabase(const QString& requested)
{
    DatabaseOpener opener(this);
    if (!requested.isEmpty()) {
        if (auto session = opener.open(requested)) {
            RecentDatabases::add(requested);
            setSession(std::move(session));
            return;
        }
    }
    for (const QString& path : RecentDatabases::list()) {
        // A server is tried as a file is; a password it asks for is asked for (or read from the
        // keychain first), and cancelling falls back to the default file.
        if (storage::DatabaseAddress::isServerAddress(path)) {
            connectServer(path, PasswordKeychain::isRemembered(PasswordKeychain::keyFor(path)),
                          [this](bool opened) {
                              if (opened)
                                  return;
                              if (auto session = DatabaseOpener(this).openDefault()) {
                                  RecentDatabases::add(session->path());
                                  setSession(std::move(session));
                              }
                          });
            return;
        }
        if (QFileInfo::exists(path))
            if (auto session = opener.open(path)) {
                setSession(std::move(session));
                return;
            }
        break; // only the last one; the user chooses otherwise
    }
    if (auto session = opener.openDefault()) {
        RecentDatabases::add(session->path());
        setSession(std::move(session));
    }
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!mayLoseUnsavedEdits(tr("Opening another database loses them."),
                             tr("Open it and lose them")))
        return false;
    if (storage::DatabaseAddress::isServerAddress(path)) {
        const QString key = PasswordKeychain::keyFor(path);
        // Shared: when the keychain is asked, the answer comes after this function returned.
        auto opened = std::make_shared<bool>(false);
        connectServer(path, PasswordKeychain::isRemembered(key),
                      [opened](bool done) { *opened = done; });
        // Answered at once unless the keychain is being asked.
        return *opened || m_connecting;
    }
    auto session = DatabaseOpener(this).open(path);
    if (!session)
        return false;
    forgetDropped(RecentDatabases::add(path));
    setSession(std::move(session));
    return true;
}

void MainWindow::connectServer(const QString& address, bool remember,
                               std::function<void(bool)> done)
{
    const int request = ++m_connectRequest;
    m_connecting = false;
    const QString key = remember ? PasswordKeychain::keyFor(address) : QString();
    bool ok = false;
    QString error;
    const storage::DatabaseAddress parsed = storage::DatabaseAddress::parse(address, &ok, &error);
    if (!ok || !parsed.password.isEmpty() || !PasswordKeychain::isRemembered(key)) {
        done(connectNow(address, key, {}));
        return;
    }
    // The keychain may take a while (it may ask the user to unlock it): the window goes on, and
    // says what it waits for.
    m_connecting = true;
    statusBar()->showMessage(tr("Reading the password for %1 from the desktop's keychain…")
                                 .arg(DatabaseOpener::shortName(address)));
    m_keychain->read(key, [this, request, address, key, parsed,
                           done](const std::optional<QString>& password, const QString& problem) {
        if (request != m_connectRequest)
            return; // another connection was asked for meanwhile
        m_connecting = false;
        statusBar()->clearMessage();
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 15000);
        storage::DatabaseAddress withPassword = parsed;
        withPassword.password = password.value_or(QString());
        const QString connectWith = password ? withPassword.connectionText() : address;
        // Outside the keychain's own callback: connecting may ask for a password in a dialog.
        QTimer::singleShot(0, this,
                           [this, connectWith, key, stored = password.value_or(QString()), done] {
                               done(connectNow(connectWith, key, stored));
                           });
    });
}

bool MainWindow::connectNow(const QString& address, const QString& keychainKey,
                            const QString& storedPassword)
{
    DatabaseOpener opener(this);
    opener.setRemembering(!keychainKey.isEmpty());
    auto session = opener.open(address);
    if (!session)
        return false;
    forgetDropped(RecentDatabases::add(address));
    setSession(std::move(session));
    // Kept once it has proved right; a stored one that was refused and typed again is replaced.
    const QString used = opener.passwordUsed();
    if (!keychainKey.isEmpty() && !used.isEmpty() && used != storedPassword)
        m_keychain->store(keychainKey, used, [this](const QString& problem) {
            if (!problem.isEmpty())
                statusBar()->showMessage(problem, 15000);
        });
    return true;
}

void MainWindow::newDatabase()
{
    if (!mayLoseUnsavedEdits(tr("Making a new database loses them."), tr("Go on and lose them")))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), {}, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The save dialog has asked about replacing; never overwrite a database silently.
        QMessageBox::information(this, tr("New database"),
                                 tr("A file named “%1” is already there. Choose another name, or "
                                    "open that file with File → Open database.")
                                     .arg(QFileInfo(path).fileName()));
        return;
    }
    auto session = DatabaseOpener(this).create(path);
    if (!session)
        return;
    forgetDropped(RecentDatabases::add(path));
    setSession(std::move(session));
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), {}, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::connectToServer()
{
    if (!mayLoseUnsavedEdits(tr("Connecting to a server loses them."), tr("Go on and lose them")))
        return;
    ServerDialog dialog(this);
    // The server used last, as a starting point: most users have one.
    for (const QString& path : RecentDatabases::list()) {
        if (storage::DatabaseAddress::isServerAddress(path)) {
            dialog.setAddress(path);
            dialog.setRememberPassword(
                PasswordKeychain::isRemembered(PasswordKeychain::keyFor(path)));
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString address = dialog.address().connectionText();
    const QString key = PasswordKeychain::keyFor(address);
    // Unticked: a password kept for this server is removed from the keychain.
    if (!dialog.rememberPassword() && PasswordKeychain::isRemembered(key))
        m_keychain->forget(key);
    connectServer(address, dialog.rememberPassword(), [](bool) {});
}

void MainWindow::setSession(std::unique_ptr<session::DatabaseSession> session)
{
    // The views let go of the old database before it closes.
    m_home->setSession(nullptr);
    m_meetings->setSession(nullptr);
    m_people->setSession(nullptr);
    m_bodies->setSession(nullptr);
    m_decisions->setSession(nullptr, {});
    m_calendar->setSession(nullptr);
    m_attendance->setSession(nullptr);
    m_editor->setSession(nullptr);
    m_serverState->setSession(nullptr);
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_backups.reset(); // waits for a backup under way, which reads the old file
    m_session = std::move(session);
    setUpBackups();
    hideProblem(); // it was about the file closed
    // Who the login is and what it may change; on a failed read (the strip says why) what the
    // database knew when opened, and the server still decides.
    m_rights = {};
    if (m_session) {
        m_rights = session::EditRights::fallback(m_session->database());
        m_session->read([this] { m_rights = session::EditRights::of(m_session->database()); });
    }
    if (m_session) {
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &session::DatabaseSession::failed, this, &MainWindow::showFailure);
        connect(m_session.get(), &session::DatabaseSession::readFailed, this,
                &MainWindow::showProblem);
        new ConflictPrompt(*m_session, this);
        new UnsavedEditPrompt(*m_session, this);
        connect(m_session.get(), &session::DatabaseSession::moved, this, &MainWindow::sessionMoved);
    }
    m_home->setSession(m_session.get(), m_rights.personId());
    m_meetings->setSession(m_session.get());
    m_meetings->setEditRights(m_rights);
    m_people->setSession(m_session.get());
    m_people->setEditRights(m_rights);
    m_bodies->setSession(m_session.get());
    m_bodies->setEditRights(m_rights);
    m_decisions->setSession(m_session.get(), m_rights);
    m_calendar->setSession(m_session.get());
    m_calendar->setEditRights(m_rights);
    // A lead or a viewer: New meeting is off and says why (newMeetingOn refuses it in words too,
    // for the calendar's Insert).
    m_newMeetingAction->setStatusTip(m_rights.mayEditEverything() ? QString()
                                                                  : m_rights.limitation());
    m_newMeetingAction->setEnabled(m_rights.mayEditEverything());
    m_attendance->setSession(m_session.get());
    m_editor->setSession(m_session.get());
    m_editor->setEditRights(m_rights);
    m_serverState->setSession(m_session.get());
    showPage(HomePage);
    updateTitle();
    // A file opened read-only (a CD, a shared folder, a read-only file): why, and what to do to
    // change it, for as long as the user does not dismiss it.
    if (m_session && !m_session->database().readOnlyNote().isEmpty())
        showProblem(m_session->database().readOnlyNote());
    // Shared with another window or program, or on a network file system: said once, here.
    QStringList notes;
    if (m_session) {
        notes << m_session->database().networkNote() << m_session->database().sharingNote();
        notes.removeAll(QString());
    }
    showNotice(notes.join(QLatin1Char('\n')));
    if (m_session) {
        // Every view but the meetings list names people: read them once the window is up, while
        // the user looks at it, rather than when the first such view is opened.
        // The follow-up board, the leads' daily view, is loaded then too. A moment after the
        // window has been painted, so that it does not delay the first sight of the window.
        QTimer::singleShot(300, m_session.get(), [this, session = m_session.get()] {
            if (session->read([session] { session->people(); }))
                m_decisions->loadIfStale();
        });
    }
}

void MainWindow::setUpBackups()
{
    const bool isFile = m_session && m_session->database().engine() == storage::Engine::Sqlite;
    m_backupsAction->setEnabled(isFile);
    m_saveCopyAction->setEnabled(isFile);
    m_backupLabel->setVisible(isFile);
    if (!isFile)
        return;
    m_backups =
        std::make_unique<session::Backups>(m_session->path(), true, !m_session->isReadOnly());
    connect(m_backups.get(), &session::Backups::changed, this, &MainWindow::showLastBackup);
    connect(m_backups.get(), &session::Backups::started, this,
            [this] { m_backupLabel->setText(tr("Backing up…")); });
    connect(m_backups.get(), &session::Backups::finished, this, &MainWindow::showLastBackup);
    connect(m_backups.get(), &session::Backups::automaticBackupFailed, this,
            [this](const QString& message) {
                showProblem(tr("Today's backup of this file could not be made. %1 Your work "
                               "is saved as usual.")
                                .arg(message));
            });
    showLastBackup();
    // Once the window has settled: the backup has a connection of its own in a thread of its
    // own, but it reads the whole file, and the first screen should not share the disk with it.
    QTimer::singleShot(automaticBackupDelayMs, m_backups.get(),
                       [backups = m_backups.get()] { backups->backUpIfDue(); });
}

void MainWindow::showLastBackup()
{
    if (!m_backups)
        return;
    const auto last = m_backups->lastBackup();
    m_backupLabel->setText(last ? tr("Last backup: %1").arg(session::Backups::dateText(*last))
                                : tr("No backup yet"));
    m_backupLabel->setToolTip(QDir::toNativeSeparators(m_backups->folder()));
}

void MainWindow::showBackups()
{
    if (!m_backups)
        return;
    BackupsDialog dialog(*m_backups, this);
    QString toOpen;
    connect(&dialog, &BackupsDialog::openRequested, this,
            [&toOpen](const QString& path) { toOpen = path; });
    dialog.exec();
    if (!toOpen.isEmpty())
        openDatabase(toOpen);
}

void MainWindow::showPage(Page page)
{
    if (!m_pages)
        return;
    m_pages->setCurrentIndex(page);
    // The meeting editor belongs to the meetings.
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(page == MeetingEditorPage ? MeetingsPage : page);
    m_pages->currentWidget()->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openMeeting(Id meetingId)
{
    m_editor->openMeeting(meetingId);
    showPage(MeetingEditorPage);
    m_editor->showTab(0);
}

void MainWindow::newMeeting()
{
    newMeetingOn(QDate::currentDate());
}

void MainWindow::newMeetingOn(const QDate& date)
{
    if (!m_session)
        return;
    if (!m_rights.mayEditEverything()) { // a lead or a viewer: say so, make nothing
        showFailure(m_rights.limitation());
        return;
    }
    storage::MeetingSeriesRepository seriesRepository(m_session->database());
    Id series = 0;
    const Id selected = m_meetings->currentMeetingId();
    if (!m_session->read([&] {
            if (selected)
                if (const auto meeting =
                        storage::MeetingRepository(m_session->database()).find(selected))
                    series = meeting->seriesId;
            if (!series) {
                const QList<MeetingSeries> all = seriesRepository.all();
                if (!all.isEmpty())
                    series = all.first().id;
            }
        }))
        return;
    if (!series) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New meeting"),
                                                   tr("Meetings are numbered within a series. "
                                                      "Name of the first series:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        MeetingSeries created;
        created.name = name.trimmed();
        auto* command =
            new session::InsertRowCommand<MeetingSeries>(*m_session, created, tr("Add series"));
        if (!m_session->perform(command))
            return;
        series = command->insertedId();
    }
    Meeting meeting;
    meeting.seriesId = series;
    if (!m_session->read([&] { meeting.number = seriesRepository.nextNumber(series); }))
        return;
    meeting.date = date;
    auto* command = new session::InsertRowCommand<Meeting>(*m_session, meeting, tr("New meeting"));
    if (m_session->perform(command))
        openMeeting(command->insertedId());
}

void MainWindow::searchEverything(const QString& query)
{
    if (!m_session)
        return;
    SearchDialog dialog(*m_session, this);
    dialog.setQuery(query);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    showHit(*dialog.chosen());
}

void MainWindow::showHit(const storage::SearchHit& hit)
{
    using Kind = storage::SearchHit::Kind;
    switch (hit.kind) {
    case Kind::Person: {
        // The people list matches family name first, as it sorts.
        QString name = hit.text;
        // On failure the hit's own text stands in; the strip says what went wrong.
        m_session->read([&] {
            const auto people = m_session->people();
            if (const qsizetype at = people->ids.indexOf(hit.id); at >= 0)
                name = people->people.at(at).familyName + QLatin1Char(' ') +
                       people->people.at(at).givenName;
        });
        showPage(PeoplePage);
        m_people->showMatching(name.trimmed());
        return;
    }
    case Kind::Body:
        showPage(BodiesPage);
        m_bodies->showMatching(hit.text);
        return;
    case Kind::Meeting:
    case Kind::Contribution:
    case Kind::Proposal:
    case Kind::Decision:
        break;
    }
    openMeeting(hit.meetingId);
    if (m_editor->meetingId() != hit.meetingId)
        return;
    if (hit.kind == Kind::Contribution)
        m_editor->showTab(MeetingEditor::ContributionsTab);
    else if (hit.kind == Kind::Proposal)
        m_editor->showTab(MeetingEditor::ProposalsTab);
    else if (hit.kind == Kind::Decision)
        m_editor->showTab(MeetingEditor::DecisionsTab);
}

void MainWindow::focusSearch()
{
    switch (currentPage()) {
    case MeetingsPage:
        m_meetings->focusSearch();
        break;
    case PeoplePage:
        m_people->focusSearch();
        break;
    case BodiesPage:
        m_bodies->focusSearch();
        break;
    case DecisionsPage:
        m_decisions->focusSearch();
        break;
    default:
        break;
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    Organisation before;
    ReviewRules rulesBefore;
    qint64 limitBefore = storage::SettingsRepository::defaultAttachmentLimit;
    // Settings that could not be read are shown but not offered for change: saving them would
    // overwrite what the file holds with the defaults.
    const bool read = m_session && m_session->read([&] {
        before = storage::SettingsRepository(m_session->database()).organisation();
        rulesBefore = storage::SettingsRepository(m_session->database()).reviewRules();
        limitBefore = storage::SettingsRepository(m_session->database()).attachmentLimit();
    });
    const bool editable = read && m_rights.mayEditEverything();
    dialog.setOrganisation(before, editable);
    dialog.setReviewRules(rulesBefore, editable);
    dialog.setAttachmentLimit(limitBefore, editable);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (editable && dialog.organisation() != before)
        m_session->perform(new session::EditOrganisationCommand(
            *m_session, before, dialog.organisation(), tr("Change the organisation")));
    if (editable && dialog.reviewRules() != rulesBefore)
        m_session->perform(new session::EditReviewRulesCommand(
            *m_session, rulesBefore, dialog.reviewRules(), tr("Change the attendance rules")));
    if (editable && dialog.attachmentLimit() != limitBefore)
        m_session->perform(new session::EditAttachmentLimitCommand(
            *m_session, limitBefore, dialog.attachmentLimit(), tr("Change the attachment limit")));
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language takes effect when Jalaseh is started "
                                    "again."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Jalaseh"),
                       aboutText(m_session ? m_session->path() : QString()));
}

void MainWindow::showMinutes(Id meetingId)
{
    emit minutesRequested(meetingId);
    if (!m_session || !meetingId)
        return;
    MinutesDialog dialog(m_session->database(), meetingId, this);
    dialog.exec();
}

void MainWindow::showFailure(const QString& message)
{
    QMessageBox::warning(this, tr("The change was not saved"), message);
}

void MainWindow::showProblem(const QString& message)
{
    m_problemText->setText(message);
    m_problemStrip->show();
}

void MainWindow::hideProblem()
{
    m_problemText->clear();
    m_problemStrip->hide();
}

QString MainWindow::shownNotice() const
{
    return m_noticeStrip->isHidden() ? QString() : m_noticeText->text();
}

void MainWindow::showNotice(const QString& message)
{
    m_noticeText->setText(message);
    m_noticeStrip->setVisible(!message.isEmpty());
}

void MainWindow::saveCopy()
{
    if (m_session && m_session->database().engine() == storage::Engine::Sqlite)
        UnsavedEditPrompt::saveCopy(*m_session, this);
}

void MainWindow::sessionMoved(const QString& path)
{
    m_backups.reset();
    setUpBackups();
    hideProblem(); // it was about the file left behind
    RecentDatabases::add(path);
    updateTitle();
    showNotice(tr("This window now works on the copy “%1”. The file it had open before was "
                  "left as it was.")
                   .arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::shownProblem() const
{
    return m_problemStrip->isHidden() ? QString() : m_problemText->text();
}

void MainWindow::updateTitle()
{
    m_databaseLabel->showSession(m_session.get(), m_rights);
    if (!m_session) {
        setWindowTitle(tr("Jalaseh"));
        return;
    }
    const QString path = m_session->path(); // a server's address comes without its password
    QString title = tr("%1 — Jalaseh").arg(DatabaseOpener::shortName(path));
    if (m_session->isReadOnly())
        title += tr(" (read-only)");
    // A read-only file, a lead, a viewer: what may not be changed, until the next message.
    if (!m_rights.mayEditEverything())
        statusBar()->showMessage(m_rights.limitation());
    setWindowTitle(title);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("splitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("splitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
}

bool MainWindow::mayLoseUnsavedEdits(const QString& consequence, const QString& loseLabel)
{
    if (!m_session || m_session->unsavedEditCount() == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Changes not saved"),
                    tr("%Ln change(s) could not be saved to the database and are kept only in "
                       "this window.",
                       nullptr, m_session->unsavedEditCount()) +
                        QLatin1Char(' ') + consequence,
                    QMessageBox::NoButton, this);
    QPushButton* copy = nullptr;
    if (m_session->database().engine() == storage::Engine::Sqlite)
        copy = box.addButton(tr("Save a copy as…"), QMessageBox::AcceptRole);
    QPushButton* lose = box.addButton(loseLabel, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (copy && box.clickedButton() == copy) {
        UnsavedEditPrompt::saveCopy(*m_session, this);
        return false;
    }
    if (box.clickedButton() != lose)
        return false;
    m_session->discardUnsavedEdits();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Fields being edited write on focus-out; make sure the last one is saved.
    if (QWidget* focused = QApplication::focusWidget())
        focused->clearFocus();
    // Edits the file refused are kept only here: closing would lose them, so ask first.
    if (!mayLoseUnsavedEdits(tr("Closing it loses them."), tr("Close and lose them"))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace jalaseh::app
