// The window on a server with roles (issue 11, items 1 and 4): the status bar says where the
// window is connected and as whom; a lead marks the follow-up of what is assigned to them and is
// told plainly when the server refuses the rest; a viewer is offered no edits; a password is kept
// in the desktop's keychain when the user asks, and a desktop without one is said so and asked
// as before. The people and bodies views, the meetings list and the calendar offer a lead and a
// viewer no edits and open what they show for reading; the secretariat keeps them all.
// Cases tagged [server] run in the PostgreSQL run only, against the tests' server.
#include "GuiFixture.h"
#include "TestDatabases.h"
#include "app/bodies/BodiesView.h"
#include "app/calendar/CalendarView.h"
#include "app/followup/DecisionsView.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "app/people/PeopleView.h"
#include "app/shell/ConnectionLabel.h"
#include "app/shell/DatabaseOpener.h"
#include "app/shell/MainWindow.h"
#include "app/shell/PasswordKeychain.h"
#include "app/shell/RecentDatabases.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "session/models/FollowUpListModel.h"
#include "storage/ActionItemRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ServerRoles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace jalaseh;
using jalaseh::test::find;
using Kind = session::FollowUpItem::Kind;
namespace ServerRoles = storage::ServerRoles;

namespace {

const QString password = QStringLiteral("desk-word");

// Settings of this test case only (ctest runs cases in parallel processes).
void freshSettings(const char* testCase)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("jalaseh-desk-%1-%2")
                                             .arg(QLatin1String(testCase))
                                             .arg(jalaseh::test::onPostgres() ? 1 : 0));
    QSettings().clear();
}

// Warnings Qt's driver prints (a statement it could not free), collected while a case runs.
QStringList& warnings()
{
    static QStringList seen;
    return seen;
}

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        warnings().append(message);
    fprintf(stderr, "%s\n", qPrintable(message));
}

// Logins are server-wide and outlive the test's database: each process names its own.
QString loginName(const QString& base)
{
    static int made = 0;
    return QStringLiteral("%1_%2_%3").arg(base).arg(getpid()).arg(++made);
}

// A Jalaseh database on the test server with the demo meeting, a lead linked to one person, a
// viewer, and one decision and one action item for the lead and for someone else.
struct Team
{
    QTemporaryDir folder;
    QString owner; // the superuser's address
    QString name;
    QString lead = loginName(QStringLiteral("desk_lead"));
    QString viewer = loginName(QStringLiteral("desk_viewer"));
    QString secretariat = loginName(QStringLiteral("desk_secretariat"));
    Id leadPerson = 0;
    Id otherPerson = 0;
    Id leadsDecision = 0;
    Id leadsItem = 0;
    Id othersItem = 0;

    Team()
    {
        owner = jalaseh::test::freshDatabaseAddress(folder);
        bool ok = false;
        QString error;
        name = storage::DatabaseAddress::parse(owner, &ok, &error).databaseName;
        storage::OpenOptions create;
        create.create = true;
        auto opened = storage::Database::open(owner, create);
        INFO(opened.message.toStdString());
        REQUIRE(opened.database);
        storage::Database& database = *opened.database;
        exchange::createDemoData(database);
        const QList<Person> people = storage::PersonRepository(database).all();
        REQUIRE(people.size() >= 2);
        leadPerson = people.at(0).id;
        otherPerson = people.at(1).id;
        QList<Decision> decisions = storage::DecisionRepository(database).all();
        REQUIRE_FALSE(decisions.isEmpty());
        Decision& decision = decisions.first();
        decision.status = DecisionStatus::Approved;
        decision.followUp = FollowUpState::Open;
        decision.responsibleId = leadPerson;
        storage::DecisionRepository(database).update(decision);
        leadsDecision = decision.id;
        ActionItem item;
        item.meetingId = decision.meetingId;
        item.decisionId = decision.id;
        item.task = QStringLiteral("گزارش پیشرفت");
        item.ownerId = leadPerson;
        leadsItem = storage::ActionItemRepository(database).insert(item);
        ActionItem other;
        other.meetingId = decision.meetingId;
        other.decisionId = decision.id;
        other.task = QStringLiteral("نامه به شهرداری");
        other.ownerId = otherPerson;
        othersItem = storage::ActionItemRepository(database).insert(other);
        ServerRoles::addLogin(database, lead, ServerRoles::Role::Lead, leadPerson, password);
        ServerRoles::addLogin(database, viewer, ServerRoles::Role::Viewer, std::nullopt, password);
        ServerRoles::addLogin(database, secretariat, ServerRoles::Role::Secretariat, std::nullopt,
                              password);
    }

    // Over loopback TCP, where the test server asks for passwords; without one when empty.
    QString address(const QString& login, const QString& secret = password) const
    {
        const QString user = QString::fromLatin1(QUrl::toPercentEncoding(login));
        const QString credentials =
            secret.isEmpty()
                ? user
                : user + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(secret));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=prefer")
            .arg(credentials)
            .arg(jalaseh::test::testServer().port)
            .arg(name);
    }

    int peopleCount() const
    {
        auto database = asOwner();
        return int(storage::PersonRepository(*database).all().size());
    }
    int bodyCount() const
    {
        auto database = asOwner();
        return int(storage::BodyRepository(*database).all().size());
    }

    std::unique_ptr<storage::Database> asOwner() const
    {
        auto opened = storage::Database::open(owner);
        REQUIRE(opened.database);
        return std::move(opened.database);
    }

    FollowUpState itemState(Id id) const
    {
        auto database = asOwner();
        return storage::ActionItemRepository(*database).find(id)->state;
    }
    FollowUpState decisionState(Id id) const
    {
        auto database = asOwner();
        return storage::DecisionRepository(*database).find(id)->followUp;
    }
};

QString statusText(app::MainWindow& window)
{
    return find<QLabel>(window, "databaseLabel")->text();
}

// Chooses a row of the follow-up board as a user clicks it; false when it is not there.
bool chooseBoardRow(app::DecisionsView* view, Kind kind, Id id)
{
    auto* table = find<QTableView>(*view, "table");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const session::FollowUpItem* item = view->currentItem();
        if (item && item->kind == kind && item->id() == id)
            return true;
    }
    return false;
}

app::DecisionsView* openBoard(app::MainWindow& window)
{
    window.showPage(app::MainWindow::DecisionsPage);
    app::DecisionsView* view = window.decisionsView();
    view->reload();
    return view;
}

// What the next message box says, closing it.
void readNextMessage(QString* text)
{
    test::whenDialogOpens([text](QDialog* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            *text = box->text() + QLatin1Char(' ') + box->informativeText();
        dialog->reject();
    });
}

QPushButton* okButton(QWidget& dialog)
{
    return find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

void retype(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

// The server dialog filled in for `login` of the team's database over TCP, then Connect.
void answerServerDialog(const Team& team, const QString& login, const QString& secret,
                        bool remember)
{
    test::whenDialogOpens([&team, login, secret, remember](QDialog* dialog) {
        REQUIRE(dialog->objectName() == QStringLiteral("ServerDialog"));
        retype(find<QLineEdit>(*dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
        retype(find<QLineEdit>(*dialog, "portEdit"),
               QString::number(jalaseh::test::testServer().port));
        retype(find<QLineEdit>(*dialog, "databaseEdit"), team.name);
        retype(find<QLineEdit>(*dialog, "userEdit"), login);
        retype(find<QLineEdit>(*dialog, "passwordEdit"), secret);
        // The test server speaks no TLS.
        auto* encryption = find<QComboBox>(*dialog, "encryptionCombo");
        encryption->setCurrentIndex(encryption->findData(QStringLiteral("prefer")));
        emit encryption->activated(encryption->currentIndex());
        auto* check = find<QCheckBox>(*dialog, "rememberCheck");
        if (check->isChecked() != remember) { // as a user does, with the keyboard
            check->setFocus();
            QTest::keyClick(check, Qt::Key_Space);
        }
        CHECK(check->isChecked() == remember);
        REQUIRE(okButton(*dialog)->isEnabled());
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
}

// A session bus of its own with GNOME Keyring's Secret Service on it, unlocked, for as long as
// the object lives: the real keychain of a desktop, in a test.
class SecretService
{
public:
    SecretService()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        INFO("scripts/install-deps.sh installs dbus and gnome-keyring");
        REQUIRE_FALSE(daemon.isEmpty());
        REQUIRE_FALSE(keyring.isEmpty());
        qputenv("HOME", m_home.path().toLocal8Bit()); // the keyring's files, thrown away after
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toLocal8Bit());
        m_bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                             QStringLiteral("--print-address=1")});
        REQUIRE(m_bus.waitForStarted(5000));
        REQUIRE(m_bus.waitForReadyRead(5000));
        const QByteArray address = m_bus.readLine().trimmed();
        REQUIRE_FALSE(address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        // --unlock reads the login keyring's password from standard input, and makes that keyring
        // (the default collection) unlocked with it.
        m_keyring.start(keyring, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                  QStringLiteral("--components=secrets")});
        REQUIRE(m_keyring.waitForStarted(5000));
        m_keyring.write("keyring-word");
        m_keyring.closeWriteChannel();
        QTest::qWait(1500); // until it has taken its name on the bus
    }
    ~SecretService()
    {
        m_keyring.kill();
        m_keyring.waitForFinished(3000);
        m_bus.kill();
        m_bus.waitForFinished(3000);
    }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

// The password the keychain holds under `key` (nullopt when none), waiting for its answer.
std::optional<QString> keychainHolds(app::PasswordKeychain& keychain, const QString& key)
{
    bool answered = false;
    std::optional<QString> found;
    QString problem;
    keychain.read(key, [&](const std::optional<QString>& password, const QString& why) {
        found = password;
        problem = why;
        answered = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return answered; }, 10000));
    INFO(problem.toStdString());
    CHECK(problem.isEmpty());
    return found;
}

// The buttons of `view` that are on, by object name.
QStringList enabledButtons(QWidget& view)
{
    QStringList names;
    for (QPushButton* button : view.findChildren<QPushButton*>())
        if (button->isEnabled())
            names.append(button->objectName());
    names.sort();
    return names;
}

// Chooses the first row of a view's table, as a user clicks it.
void chooseFirstRow(QWidget& view, const char* table)
{
    auto* list = find<QTableView>(view, table);
    REQUIRE(list->model()->rowCount() > 0);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
}

// Whether the next dialog offers its form for change (OK there, fields writable); closes it.
void readNextForm(bool* offersChange, bool* opened)
{
    test::whenDialogOpens([offersChange, opened](QDialog* dialog) {
        *opened = true;
        auto* buttons = find<QDialogButtonBox>(*dialog, "buttons");
        bool writable = buttons->button(QDialogButtonBox::Ok) != nullptr;
        for (QLineEdit* line : dialog->findChildren<QLineEdit*>())
            if (line->isVisible() && line->isEnabled() && !line->isReadOnly())
                writable = true;
        for (QPlainTextEdit* text : dialog->findChildren<QPlainTextEdit*>())
            if (!text->isReadOnly())
                writable = true;
        for (QComboBox* combo : dialog->findChildren<QComboBox*>())
            if (combo->isEnabled())
                writable = true;
        *offersChange = writable;
        dialog->reject();
    });
}

// The people and bodies views as the login of `window` finds them: every edit on for one who may
// change everything, none for a lead or a viewer (who read why, and open what they choose for
// reading); Delete changes nothing for them either.
void checkPeopleAndBodies(app::MainWindow& window, const Team& team, bool mayEdit,
                          const QString& role)
{
    window.showPage(app::MainWindow::PeoplePage);
    app::PeopleView& people = *window.peopleView();
    people.reload();
    chooseFirstRow(people, "table");
    const QStringList peopleEdits{QStringLiteral("newButton"), QStringLiteral("removeButton")};
    const QStringList peopleOn = enabledButtons(people);
    for (const QString& button : peopleEdits) {
        INFO(button.toStdString());
        CHECK(peopleOn.contains(button) == mayEdit);
        if (!mayEdit)
            CHECK(people.findChild<QPushButton*>(button)->toolTip().contains(role));
    }
    auto* rights = find<QLabel>(people, "rightsLabel");
    CHECK(rights->isHidden() == mayEdit);
    if (!mayEdit)
        CHECK(rights->text().contains(role));
    // The person opens, for change or for reading.
    auto* open = find<QPushButton>(people, "editButton");
    CHECK(open->isEnabled());
    bool offersChange = !mayEdit;
    bool opened = false;
    readNextForm(&offersChange, &opened);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(opened);
    CHECK(offersChange == mayEdit);
    if (!mayEdit) {
        const int before = team.peopleCount();
        QTest::keyClick(find<QTableView>(people, "table"), Qt::Key_Delete);
        CHECK_FALSE(QApplication::activeModalWidget());
        CHECK(team.peopleCount() == before);
    }

    window.showPage(app::MainWindow::BodiesPage);
    app::BodiesView& bodies = *window.bodiesView();
    bodies.reload();
    chooseFirstRow(bodies, "table");
    chooseFirstRow(bodies, "membersTable");
    const QStringList bodyEdits{QStringLiteral("newButton"), QStringLiteral("removeButton"),
                                QStringLiteral("mergeButton"), QStringLiteral("addMemberButton"),
                                QStringLiteral("removeMemberButton")};
    const QStringList bodiesOn = enabledButtons(bodies);
    for (const QString& button : bodyEdits) {
        INFO(button.toStdString());
        CHECK(bodiesOn.contains(button) == mayEdit);
        if (!mayEdit)
            CHECK(bodies.findChild<QPushButton*>(button)->toolTip().contains(role));
    }
    if (!mayEdit) // what is left on opens for reading
        CHECK(bodiesOn ==
              QStringList{QStringLiteral("editButton"), QStringLiteral("editMemberButton")});
    CHECK(find<QLabel>(bodies, "rightsLabel")->isHidden() == mayEdit);
    for (const char* button : {"editButton", "editMemberButton"}) {
        INFO(button);
        offersChange = !mayEdit;
        opened = false;
        readNextForm(&offersChange, &opened);
        QTest::mouseClick(find<QPushButton>(bodies, button), Qt::LeftButton);
        CHECK(opened);
        CHECK(offersChange == mayEdit);
    }
    if (!mayEdit) {
        const int before = team.bodyCount();
        emit find<QPushButton>(bodies, "removeButton")->clicked(); // nothing, even so
        CHECK_FALSE(QApplication::activeModalWidget());
        CHECK(team.bodyCount() == before);
    }

    // A new meeting: the menu's and the toolbar's action, the list's and the calendar's buttons.
    auto* newMeeting = window.findChild<QAction*>(QStringLiteral("newMeetingAction"));
    REQUIRE(newMeeting);
    CHECK(newMeeting->isEnabled() == mayEdit);
    if (!mayEdit)
        CHECK(newMeeting->toolTip().contains(role));
    CHECK(find<QPushButton>(*window.meetingsView(), "newButton")->isEnabled() == mayEdit);
    CHECK(find<QPushButton>(*window.meetingsView(), "removeButton")->isEnabled() == mayEdit);
    CHECK(find<QPushButton>(*window.meetingsView(), "openButton")->isEnabled());
    CHECK(find<QPushButton>(*window.calendarView(), "newButton")->isEnabled() == mayEdit);
}

} // namespace

TEST_CASE("The status bar names the open file, with its whole path in the tooltip", "[sqlite]")
{
    freshSettings("file");
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("شورا ۱۴۰۳.jalaseh"));
    app::MainWindow window;
    REQUIRE(app::DatabaseOpener(nullptr).create(file));
    REQUIRE(window.openDatabase(file));
    CHECK(statusText(window) == QStringLiteral("شورا ۱۴۰۳.jalaseh"));
    CHECK(find<QLabel>(window, "databaseLabel")->toolTip() == QDir::toNativeSeparators(file));
    // A file may be changed throughout: the board offers its edits and says nothing.
    app::DecisionsView* board = openBoard(window);
    CHECK(find<QLabel>(*board, "rightsLabel")->isHidden());
}

TEST_CASE("A keychain's key is the server's address without the password or its settings")
{
    using app::PasswordKeychain;
    CHECK(PasswordKeychain::keyFor(
              QStringLiteral("postgresql://clerk:secret@db.example.org/jalaseh?sslmode=require")) ==
          QStringLiteral("postgresql://clerk@db.example.org:5432/jalaseh"));
    CHECK(PasswordKeychain::keyFor(QStringLiteral("postgresql://clerk@db.example.org:5432/"
                                                  "jalaseh?sslmode=disable&connect_timeout=3")) ==
          QStringLiteral("postgresql://clerk@db.example.org:5432/jalaseh"));
    CHECK(PasswordKeychain::keyFor(QStringLiteral("/home/clerk/minutes.jalaseh")).isEmpty());
    CHECK(PasswordKeychain::keyFor(QStringLiteral("postgresql://clerk@h:x/j")).isEmpty());
}

TEST_CASE(
    "Connected from the dialog as a lead, the status bar says where and as whom, and the lead "
    "marks their own action item and is refused, in words, for another's",
    "[server]")
{
    freshSettings("lead");
    Team team;
    app::MainWindow window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    answerServerDialog(team, team.lead, password, false);
    window.connectToServer();
    REQUIRE(window.session());
    CHECK(window.session()->database().engine() == storage::Engine::Postgres);
    CHECK(statusText(window) == QStringLiteral("\u2066127.0.0.1/%1\u2069 as \u2066%2\u2069 (lead)")
                                    .arg(team.name, team.lead));
    CHECK_FALSE(find<QLabel>(window, "databaseLabel")->toolTip().contains(password));
    CHECK(window.rights().personId() == team.leadPerson);

    app::DecisionsView* board = openBoard(window);
    auto* rights = find<QLabel>(*board, "rightsLabel");
    CHECK_FALSE(rights->isHidden());
    CHECK(rights->text().contains(QStringLiteral("(lead)")));
    auto* done = find<QPushButton>(*board, "doneButton");

    // Their own action item: marked done in the window, saved on the server.
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.leadsItem));
    CHECK(done->isEnabled());
    CHECK_FALSE(find<QPushButton>(*board, "addItemButton")->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(team.itemState(team.leadsItem) == FollowUpState::Done);
    // Undo puts it back, through the same narrow change.
    window.session()->undoStack()->undo();
    CHECK(team.itemState(team.leadsItem) == FollowUpState::Open);

    // Someone else's: not offered, and the button says why.
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.othersItem));
    CHECK_FALSE(done->isEnabled());
    CHECK(done->toolTip().contains(QStringLiteral("someone else")));
    // Marking it anyway (what Ctrl+D does) is answered in words, and nothing is changed.
    QString said;
    readNextMessage(&said);
    board->markSelected(FollowUpState::Done);
    CHECK(said.contains(QStringLiteral("(lead)")));
    CHECK(team.itemState(team.othersItem) == FollowUpState::Open);

    // The window's picture is stale: the secretariat has given the lead's decision to someone
    // else meanwhile. The server refuses the change; the lead reads why; nothing changes and
    // nothing is left behind on the connection.
    {
        auto owner = team.asOwner();
        Decision decision = *storage::DecisionRepository(*owner).find(team.leadsDecision);
        decision.responsibleId = team.otherPerson;
        storage::DecisionRepository(*owner).update(decision);
    }
    REQUIRE(chooseBoardRow(board, Kind::Decision, team.leadsDecision));
    REQUIRE(done->isEnabled());
    warnings().clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    said.clear();
    readNextMessage(&said);
    QTest::mouseClick(done, Qt::LeftButton);
    qInstallMessageHandler(previous);
    CHECK(said.contains(QStringLiteral("assigned to you")));
    CHECK(team.decisionState(team.leadsDecision) == FollowUpState::Open);
    CHECK_FALSE(warnings().join(QLatin1Char('\n')).contains(QStringLiteral("free statement")));
    CHECK(window.session()->undoStack()->count() == 1); // only the undone mark above
    // The connection goes on working after the refusal.
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.leadsItem));
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(team.itemState(team.leadsItem) == FollowUpState::Done);
}

TEST_CASE("A viewer's window offers no edits and says why", "[server]")
{
    freshSettings("viewer");
    Team team;
    app::MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(team.address(team.viewer)));
    REQUIRE(window.session());
    CHECK(statusText(window).endsWith(QStringLiteral("(viewer)")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("(viewer)")));

    app::DecisionsView* board = openBoard(window);
    CHECK(find<QLabel>(*board, "rightsLabel")->text().contains(QStringLiteral("(viewer)")));
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.leadsItem));
    for (const char* button : {"doneButton", "inProgressButton", "addItemButton",
                               "changeItemButton", "removeItemButton"})
        CHECK_FALSE(find<QPushButton>(*board, button)->isEnabled());
    CHECK(find<QPushButton>(*board, "openMeetingButton")->isEnabled());

    // A new meeting is refused in words, before anything reaches the server.
    int meetings = 0;
    {
        auto owner = team.asOwner();
        meetings = int(storage::MeetingRepository(*owner).all().size());
    }
    QString said;
    readNextMessage(&said);
    window.newMeeting();
    CHECK(said.contains(QStringLiteral("(viewer)")));
    auto owner = team.asOwner();
    CHECK(int(storage::MeetingRepository(*owner).all().size()) == meetings);
    CHECK(team.itemState(team.leadsItem) == FollowUpState::Open);

    // A meeting opens to be read: its fields are read-only, as approved minutes' are.
    window.openMeeting(storage::MeetingRepository(*owner).all().first().id);
    CHECK(window.meetingEditor()->isFrozen());
    CHECK(find<QLineEdit>(window, "titleEdit")->isReadOnly());
}

TEST_CASE("Without a keychain on the desktop the window says so once and asks for the password",
          "[server]")
{
    // No Secret Service: a session bus that is not there, as under CI.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/jalaseh-test-bus");
    freshSettings("nokeychain");
    Team team;
    app::MainWindow window;
    window.show();
    answerServerDialog(team, team.lead, password, true);
    window.connectToServer();
    REQUIRE(window.session());
    CHECK(window.session()->database().engine() == storage::Engine::Postgres);
    // The store failed, in one plain line; nothing is taken as remembered.
    REQUIRE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(QStringLiteral("keychain")); },
        10000));
    const QString key = app::PasswordKeychain::keyFor(team.address(team.lead));
    CHECK_FALSE(app::PasswordKeychain::isRemembered(key));

    // Remembered from a desktop that had one, now gone: read fails, the window asks instead.
    QSettings().setValue(QStringLiteral("keychain/servers"), QStringList{key});
    app::MainWindow next;
    next.show();
    bool asked = false;
    test::whenDialogOpens([&](QDialog* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        REQUIRE(input);
        asked = true;
        input->setTextValue(password);
        input->accept();
    });
    CHECK(next.openDatabase(team.address(team.lead, {})));
    REQUIRE(QTest::qWaitFor([&] { return next.session() != nullptr; }, 10000));
    CHECK(asked);
    CHECK(next.session()->database().engine() == storage::Engine::Postgres);
    CHECK(statusText(next).contains(team.lead));
}

TEST_CASE("A password kept in the desktop's keychain connects without asking, is replaced when "
          "wrong, and is forgotten on request",
          "[server]")
{
    SecretService secrets;
    freshSettings("keychain");
    Team team;
    const QString key = app::PasswordKeychain::keyFor(team.address(team.lead));
    const QString withoutPassword = team.address(team.lead, {});

    // Ticked, and the connection succeeds: stored.
    app::MainWindow window;
    window.show();
    answerServerDialog(team, team.lead, password, true);
    window.connectToServer();
    REQUIRE(window.session());
    REQUIRE(QTest::qWaitFor([&] { return app::PasswordKeychain::isRemembered(key); }, 10000));
    CHECK(keychainHolds(*window.keychain(), key) == password);
    QSettings().sync();
    for (const QString& setting : QSettings().allKeys())
        CHECK_FALSE(QSettings().value(setting).toString().contains(password));

    // The recent entry connects without asking anything.
    {
        app::MainWindow next;
        next.show();
        // Any dialog at all would be a question: watched only for as long as this block runs.
        bool asked = false;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&asked] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        watch.start(20);
        CHECK(next.openDatabase(withoutPassword));
        REQUIRE(QTest::qWaitFor([&] { return next.session() != nullptr; }, 10000));
        CHECK_FALSE(asked);
        CHECK(statusText(next).contains(team.lead));
    }

    // A stored password that has become wrong: asked for, and the typed one replaces it.
    bool stored = false;
    window.keychain()->store(key, QStringLiteral("old-word"),
                             [&](const QString& problem) { stored = problem.isEmpty(); });
    REQUIRE(QTest::qWaitFor([&] { return stored; }, 10000));
    {
        app::MainWindow next;
        next.show();
        QString question;
        test::whenDialogOpens([&](QDialog* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            REQUIRE(input);
            question = input->labelText();
            input->setTextValue(password);
            input->accept();
        });
        CHECK(next.openDatabase(withoutPassword));
        REQUIRE(QTest::qWaitFor([&] { return next.session() != nullptr; }, 10000));
        CHECK(question.contains(QStringLiteral("keychain")));
        REQUIRE(QTest::qWaitFor([&] { return keychainHolds(*window.keychain(), key) == password; },
                                10000));
    }

    // Unticked in the dialog: forgotten.
    answerServerDialog(team, team.lead, password, false);
    window.connectToServer();
    CHECK_FALSE(app::PasswordKeychain::isRemembered(key));
    REQUIRE(QTest::qWaitFor([&] { return !keychainHolds(*window.keychain(), key).has_value(); },
                            10000));

    // Ticked again, then the recent list cleared: forgotten with it.
    answerServerDialog(team, team.lead, password, true);
    window.connectToServer();
    REQUIRE(QTest::qWaitFor([&] { return app::PasswordKeychain::isRemembered(key); }, 10000));
    auto* clear = window.findChild<QAction*>(QStringLiteral("clearRecentAction"));
    if (!clear) { // made when the menu is first shown
        for (QMenu* menu : window.findChildren<QMenu*>())
            emit menu->aboutToShow();
        clear = window.findChild<QAction*>(QStringLiteral("clearRecentAction"));
    }
    REQUIRE(clear);
    clear->trigger();
    CHECK(app::RecentDatabases::list().isEmpty());
    CHECK_FALSE(app::PasswordKeychain::isRemembered(key));
    REQUIRE(QTest::qWaitFor([&] { return !keychainHolds(*window.keychain(), key).has_value(); },
                            10000));
}

TEST_CASE("The people and bodies views offer a viewer and a lead no edits, and the secretariat "
          "all of them",
          "[server]")
{
    freshSettings("rolesviews");
    Team team;
    struct Login
    {
        QString name;
        bool mayEdit;
        QString role;
    };
    for (const Login& login : {Login{team.viewer, false, QStringLiteral("(viewer)")},
                               Login{team.lead, false, QStringLiteral("(lead)")},
                               Login{team.secretariat, true, QString()}}) {
        INFO(login.name.toStdString());
        app::MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(team.address(login.name)));
        REQUIRE(window.session());
        CHECK(window.rights().mayEditEverything() == login.mayEdit);
        checkPeopleAndBodies(window, team, login.mayEdit, login.role);
    }
    // A lead still marks the follow-up of their own action item on the board.
    app::MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(team.address(team.lead)));
    app::DecisionsView* board = openBoard(window);
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.leadsItem));
    auto* done = find<QPushButton>(*board, "doneButton");
    REQUIRE(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(team.itemState(team.leadsItem) == FollowUpState::Done);
}

TEST_CASE("On the follow-up board, a change refused because someone else saved the row first and "
          "then discarded leaves the form showing the row as it is now",
          "[server]")
{
    freshSettings("discard");
    Team team;
    app::MainWindow mine;
    mine.show();
    REQUIRE(mine.openDatabase(team.address(team.secretariat)));
    app::DecisionsView* board = openBoard(mine);
    // The lead's rows only: their decision and their action item.
    test::choose(find<QComboBox>(*board, "personCombo"), int(team.leadPerson));
    REQUIRE(board->model()->rowCount() > 0);
    REQUIRE(chooseBoardRow(board, Kind::ActionItem, team.leadsItem));
    auto* task = find<QLineEdit>(*board, "taskEdit");
    REQUIRE(task->text() == QStringLiteral("گزارش پیشرفت"));
    QTest::qWait(200);

    // Someone else gives the task new words and marks it done; at once, before the window hears
    // of it, I give it mine.
    const QString theirs = QStringLiteral("گزارش پیشرفت تا پایان ماه");
    {
        auto owner = team.asOwner();
        ActionItem item = *storage::ActionItemRepository(*owner).find(team.leadsItem);
        item.task = theirs;
        item.state = FollowUpState::Done;
        storage::ActionItemRepository(*owner).update(item);
    }
    task->setText(QStringLiteral("گزارش پیشرفت با نظر اعضا"));
    QTest::mouseClick(find<QPushButton>(*board, "changeItemButton"), Qt::LeftButton);
    QMessageBox* box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = mine.findChild<QMessageBox*>(QStringLiteral("conflictBox"));
        return box && box->isVisible();
    }));
    QTest::mouseClick(find<QPushButton>(*box, "discardMineButton"), Qt::LeftButton);
    CHECK_FALSE(mine.session()->pendingConflict());
    QTest::qWait(1500); // the live update of their change arrives meanwhile, as it would
    {
        auto owner = team.asOwner();
        CHECK(storage::ActionItemRepository(*owner).find(team.leadsItem)->task == theirs);
    }
    // Done, the action item has left the board, which shows its decision; below, the action
    // item is still chosen and the form shows it as it is now, not my discarded words.
    REQUIRE(board->currentItem());
    CHECK(board->currentItem()->kind == Kind::Decision);
    CHECK(board->currentItem()->id() == team.leadsDecision);
    auto* items = find<QTableView>(*board, "actionItemsTable");
    REQUIRE(items->currentIndex().isValid());
    CHECK(items->currentIndex().siblingAtColumn(0).data().toString() == theirs);
    CHECK(task->text() == theirs);
    CHECK(find<QComboBox>(*board, "itemStateCombo")->currentData().toInt() ==
          int(FollowUpState::Done));

    // No action item chosen below any more: the form no longer holds that one's words.
    items->setCurrentIndex({});
    CHECK(task->text().isEmpty());
}
