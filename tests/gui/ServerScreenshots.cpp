// The user guide's pictures of working together on a server (docs/screenshots/server-*), for
// gui_screenshots OUTPUT_FOLDER [fa|en] --server. It
// starts a throwaway PostgreSQL server of its own (tests/support/postgres-server.sh), fills a
// database with the demo data, gives it a secretariat, a lead linked to a person of the demo
// and a viewer, and takes the connect dialog, a lead's and a viewer's window, the question after
// two people changed one decision, and the line shown while the server cannot be reached.
#include "ServerScreenshots.h"

#include "app/followup/DecisionsView.h"
#include "app/meetings/MeetingEditor.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/MainWindow.h"
#include "app/shell/ServerDialog.h"
#include "app/shell/ServerStateStrip.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "session/LiveUpdates.h"
#include "session/models/FollowUpItem.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ServerRoles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace jalaseh;
namespace ServerRoles = storage::ServerRoles;

namespace {

const QString password = QStringLiteral("screenshots");
const QString databaseName = QStringLiteral("jalaseh");

bool save(QWidget& widget, const QString& file)
{
    QTest::qWait(100);
    if (!widget.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// The throwaway server, stopped and removed when the program ends.
class Server
{
public:
    Server() { m_started = run(QStringLiteral("start")); }
    ~Server()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));
        run(QStringLiteral("stop"));
    }
    bool started() const { return m_started; }
    bool pause() { return run(QStringLiteral("pause")); }

    QString socketFolder() const { return read(QStringLiteral("datadir")); }
    int port() const { return read(QStringLiteral("port")).toInt(); }

    // The database's owner (the superuser, through the Unix socket, which trusts it).
    QString ownerAddress() const
    {
        return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3")
            .arg(databaseName, socketFolder())
            .arg(port());
    }
    // A login over loopback TCP, where the server asks for the password; no TLS on this server.
    // Named as the guide's network names its server: libpq connects to `hostaddr` and uses
    // the host's name only to show it.
    QString address(const QString& login) const
    {
        return QStringLiteral(
                   "postgresql://%1:%2@db.example.org:%3/%4?hostaddr=127.0.0.1&sslmode=disable")
            .arg(login, password)
            .arg(port())
            .arg(databaseName);
    }

    bool createDatabase() const
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("maintenance"));
        connection.setHostName(socketFolder());
        connection.setPort(port());
        connection.setUserName(QStringLiteral("postgres"));
        connection.setDatabaseName(QStringLiteral("postgres"));
        QSqlQuery query(connection);
        if (!connection.open() ||
            !query.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(databaseName))) {
            std::fprintf(stderr, "cannot create the database: %s %s\n",
                         qPrintable(connection.lastError().text()),
                         qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

private:
    bool run(const QString& action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(JALASEH_SERVER_SCRIPT), {action, m_state.path()});
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }
    QString read(const QString& name) const
    {
        QFile file(m_state.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

    QTemporaryDir m_state;
    bool m_started = false;
};

// The demo data and the network's logins: two of the secretariat, a lead (the demo's Leila
// Sadeghi, who has open follow-ups) and the board's viewer. The lead's person; 0 on failure.
Id fillDatabase(const Server& server)
{
    storage::OpenOptions create;
    create.create = true;
    auto opened = storage::Database::open(server.ownerAddress(), create);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 0;
    }
    storage::Database& database = *opened.database;
    exchange::createDemoData(database);
    const QList<Person> found =
        storage::PersonRepository(database).findByName(QStringLiteral("صادقی"), QString());
    if (found.isEmpty())
        return 0;
    const Id lead = found.first().id;
    ServerRoles::addLogin(database, QStringLiteral("maryam"), ServerRoles::Role::Secretariat,
                          std::nullopt, password);
    ServerRoles::addLogin(database, QStringLiteral("sara"), ServerRoles::Role::Secretariat,
                          std::nullopt, password);
    ServerRoles::addLogin(database, QStringLiteral("leila"), ServerRoles::Role::Lead, lead,
                          password);
    ServerRoles::addLogin(database, QStringLiteral("board"), ServerRoles::Role::Viewer,
                          std::nullopt, password);
    return lead;
}

bool openWindow(app::MainWindow& window, const QString& address)
{
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");
    if (!window.openDatabase(address) || !window.session()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(address));
        return false;
    }
    window.session()->liveUpdates()->setRetryDelays(200, 1000);
    QSignalSpy listening(window.session()->liveUpdates(), &session::LiveUpdates::listening);
    listening.wait(10000);
    return true;
}

// Chooses the first row of the follow-up board whose responsible person is `person` (any row
// when 0), as a user clicks it.
void chooseBoardRow(app::MainWindow& window, Id person)
{
    window.showPage(app::MainWindow::DecisionsPage);
    app::DecisionsView* board = window.decisionsView();
    board->reload();
    auto* table = board->findChild<QTableView*>(QStringLiteral("table"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const session::FollowUpItem* item = board->currentItem();
        if (!person || (item && item->responsibleId() == person))
            return;
    }
}

} // namespace

namespace jalaseh::test {

int serverScreenshots(const QDir& output, bool english)
{
    const QString suffix = english ? QStringLiteral("-en") : QStringLiteral("-fa");
    const auto name = [&](const char* picture) {
        return output.filePath(QStringLiteral("server-") + QLatin1String(picture) + suffix +
                               QStringLiteral(".png"));
    };
    Server server;
    if (!server.started() || !server.createDatabase())
        return 1;
    const Id leadPerson = fillDatabase(server);
    if (!leadPerson)
        return 1;
    bool ok = true;

    // The dialog as the lead fills it in on her first day, the keychain offer ticked.
    {
        app::ServerDialog dialog;
        dialog.setAddress(
            QStringLiteral("postgresql://leila@db.example.org/jalaseh?sslmode=require"));
        if (auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")))
            field->setText(password);
        dialog.setRememberPassword(true);
        dialog.show();
        ok &= save(dialog, name("connect"));
    }

    // The lead's window: the follow-up board on one of her own rows, the status bar.
    app::MainWindow lead;
    if (!openWindow(lead, server.address(QStringLiteral("leila"))))
        return 1;
    chooseBoardRow(lead, leadPerson);
    ok &= save(lead, name("lead"));

    // The viewer's window: nothing offered, and why.
    app::MainWindow viewer;
    if (!openWindow(viewer, server.address(QStringLiteral("board"))))
        return 1;
    chooseBoardRow(viewer, 0);
    ok &= save(viewer, name("viewer"));
    viewer.close();
    lead.close();

    // Two of the secretariat on the seed meeting's first decision: Sara marks it in progress;
    // Maryam, whose window has not heard it yet, changes its text.
    app::MainWindow mine;
    if (!openWindow(mine, server.address(QStringLiteral("maryam"))))
        return 1;
    const QList<Meeting> meetings = storage::MeetingRepository(mine.session()->database()).all();
    if (meetings.isEmpty())
        return 1;
    const Id seed = meetings.last().id;
    mine.openMeeting(seed);
    mine.meetingEditor()->showTab(app::MeetingEditor::DecisionsTab);
    auto* table = mine.findChild<QTableView*>(QStringLiteral("decisionTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::qWait(200);
    {
        auto theirs = storage::Database::open(server.address(QStringLiteral("sara")));
        if (!theirs.database)
            return 1;
        storage::DecisionRepository decisions(*theirs.database);
        Decision decision = decisions.ofMeeting(seed).first();
        decision.followUp = FollowUpState::InProgress;
        decisions.update(decision);
        // A fixed time, so that the pictures do not depend on the day they are taken.
        auto owner = storage::Database::open(server.ownerAddress());
        QSqlQuery stamp(owner.database->connection());
        stamp.prepare(QStringLiteral("UPDATE decision SET changed_at = ? WHERE id = ?"));
        stamp.addBindValue(QDateTime(QDate(2023, 4, 12), QTime(7, 12), Qt::UTC));
        stamp.addBindValue(decision.id);
        if (!stamp.exec())
            std::fprintf(stderr, "%s\n", qPrintable(stamp.lastError().text()));
    }
    // At once, before the window hears of Sara's change (it would show it within a second).
    auto* text = mine.findChild<QLineEdit*>(QStringLiteral("decisionTextEdit"));
    text->setText(text->text() + QStringLiteral(" تا پایان اردیبهشت"));
    mine.findChild<QPushButton*>(QStringLiteral("changeDecisionButton"))->click();
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = mine.findChild<QMessageBox*>(QStringLiteral("conflictBox"));
                return box && box->isVisible();
            },
            5000)) {
        std::fprintf(stderr, "no conflict was asked about\n");
        return 1;
    }
    ok &= save(*box, name("conflict"));
    box->findChild<QPushButton*>(QStringLiteral("discardMineButton"))->click();

    // The server goes away under the open window, on the people of the network.
    mine.showPage(app::MainWindow::PeoplePage);
    if (!server.pause())
        return 1;
    auto* strip = mine.findChild<app::ServerStateStrip*>();
    if (!QTest::qWaitFor([&] { return !strip->shownText().isEmpty(); }, 10000)) {
        std::fprintf(stderr, "the window did not notice the server stopping\n");
        return 1;
    }
    ok &= save(mine, name("unreachable"));
    return ok ? 0 : 1;
}

} // namespace jalaseh::test
