// Opening a PostgreSQL server from the window: File ▸ Connect to a server, the address line and
// the fields following each other, a password asked for and never kept, the meetings list the
// same as the file the server's data was copied from. Cases tagged [server] run only in the
// PostgreSQL run (ctest label `postgres`), against the server the tests start.
#include "GuiFixture.h"
#include "TestDatabases.h"
#include "app/meetings/MeetingsView.h"
#include "app/shell/DatabaseOpener.h"
#include "app/shell/MainWindow.h"
#include "app/shell/RecentDatabases.h"
#include "app/shell/ServerDialog.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseCopy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using jalaseh::test::find;

namespace {

// Replaces a line's text as a user does, without the Enter that would accept the dialog.
void retype(QLineEdit* line, const QString& text)
{
    line->setFocus();
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

void chooseEncryption(QComboBox* combo, const QString& mode)
{
    combo->setFocus();
    const int index = combo->findData(mode);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QPushButton* okButton(QWidget& dialog)
{
    return find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

// Settings and data folder of this test case only (QStandardPaths' test mode, an application
// name of its own: ctest runs test cases in parallel processes), with no recent databases.
void freshSettings(const char* testCase)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("jalaseh-server-window-%1-%2")
                                             .arg(QLatin1String(testCase))
                                             .arg(jalaseh::test::onPostgres() ? 1 : 0));
    QSettings().remove(QStringLiteral("recent"));
}

// Everything the settings file holds, as text: keys and values.
QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    for (const QString& key : settings.allKeys())
        text += key + QLatin1Char('=') + settings.value(key).toStringList().join(QLatin1Char('|')) +
                settings.value(key).toString() + QLatin1Char('\n');
    return text;
}

// The meetings list as the user sees it: every cell's text.
QStringList meetingRows(app::MainWindow& window)
{
    window.meetingsView()->reload();
    auto* table = window.meetingsView()->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table);
    QStringList rows;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

QString databaseNameOf(const QString& address)
{
    bool ok = false;
    QString error;
    return storage::DatabaseAddress::parse(address, &ok, &error).databaseName;
}

// A new Jalaseh database on the test server, as its superuser through the Unix socket.
QString serverDatabase(const QTemporaryDir& folder)
{
    const QString address = jalaseh::test::freshDatabaseAddress(folder);
    storage::OpenOptions options;
    options.create = true;
    auto created = storage::Database::open(address, options);
    INFO(created.message.toStdString());
    REQUIRE(created.database);
    return address;
}

// Fills the server dialog's fields by typing, then connects.
void fillServerDialog(QDialog* dialog, const QString& host, int port, const QString& database,
                      const QString& user, const QString& password, const QString& sslmode)
{
    retype(find<QLineEdit>(*dialog, "hostEdit"), host);
    retype(find<QLineEdit>(*dialog, "portEdit"), QString::number(port));
    retype(find<QLineEdit>(*dialog, "databaseEdit"), database);
    retype(find<QLineEdit>(*dialog, "userEdit"), user);
    retype(find<QLineEdit>(*dialog, "passwordEdit"), password);
    chooseEncryption(find<QComboBox>(*dialog, "encryptionCombo"), sslmode);
}

} // namespace

TEST_CASE("The server dialog's address line and its fields follow each other")
{
    app::ServerDialog dialog;
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* address = find<QLineEdit>(dialog, "addressEdit");
    auto* host = find<QLineEdit>(dialog, "hostEdit");
    auto* password = find<QLineEdit>(dialog, "passwordEdit");
    auto* encryption = find<QComboBox>(dialog, "encryptionCombo");

    // Persian window, Latin fields read left to right.
    CHECK(dialog.layoutDirection() == Qt::RightToLeft);
    CHECK(address->layoutDirection() == Qt::LeftToRight);
    CHECK(host->layoutDirection() == Qt::LeftToRight);
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(encryption->currentData().toString() == QStringLiteral("require"));
    CHECK_FALSE(okButton(dialog)->isEnabled());

    // Pasted: the fields fill in, the password moves to its own field and out of the address.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("postgresql://sec%40retary:s3cret%21@db.example.org:6543/jalaseh?"
                       "sslmode=verify-full&connect_timeout=5"));
    address->setFocus();
    QTest::keyClick(address, Qt::Key_V, Qt::ControlModifier);
    CHECK(host->text() == QStringLiteral("db.example.org"));
    CHECK(find<QLineEdit>(dialog, "portEdit")->text() == QStringLiteral("6543"));
    CHECK(find<QLineEdit>(dialog, "databaseEdit")->text() == QStringLiteral("jalaseh"));
    CHECK(find<QLineEdit>(dialog, "userEdit")->text() == QStringLiteral("sec@retary"));
    CHECK(password->text() == QStringLiteral("s3cret!"));
    CHECK(encryption->currentData().toString() == QStringLiteral("verify-full"));
    CHECK_FALSE(address->text().contains(QStringLiteral("s3cret")));
    CHECK(address->text() == QStringLiteral("postgresql://sec%40retary@db.example.org:6543/"
                                            "jalaseh?sslmode=verify-full&connect_timeout=5"));
    CHECK(okButton(dialog)->isEnabled());

    // A field edited: the address follows, keeping the setting that has no field.
    retype(host, QStringLiteral("db2.example.org"));
    chooseEncryption(encryption, QStringLiteral("prefer"));
    CHECK(address->text() == QStringLiteral("postgresql://sec%40retary@db2.example.org:6543/"
                                            "jalaseh?sslmode=prefer&connect_timeout=5"));
    // What the window connects with has the password; read back it is the same address.
    bool ok = false;
    QString error;
    const auto back =
        storage::DatabaseAddress::parse(dialog.address().connectionText(), &ok, &error);
    REQUIRE(ok);
    CHECK(back.password == QStringLiteral("s3cret!"));
    CHECK(back.user == QStringLiteral("sec@retary"));
    CHECK(back.host == QStringLiteral("db2.example.org"));
    CHECK(back.display() == address->text());

    // Typed key by key, an address is left as typed until the line is left.
    retype(address, QStringLiteral("postgresql://clerk:pw@server.lan/minutes"));
    CHECK(host->text() == QStringLiteral("server.lan"));
    CHECK(address->text() == QStringLiteral("postgresql://clerk:pw@server.lan/minutes"));
    host->setFocus();
    CHECK(address->text() ==
          QStringLiteral("postgresql://clerk@server.lan/minutes?sslmode=prefer"));
    CHECK(password->text() == QStringLiteral("pw"));

    // No database, a port that is no number, an address with a mistake: not accepted.
    retype(find<QLineEdit>(dialog, "databaseEdit"), QString());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    retype(find<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("minutes"));
    CHECK(okButton(dialog)->isEnabled());
    retype(find<QLineEdit>(dialog, "portEdit"), QStringLiteral("54x"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK_FALSE(dialog.problem().isEmpty());
    retype(find<QLineEdit>(dialog, "portEdit"), QString());
    test::typeText(find<QLineEdit>(dialog, "portEdit"), QStringLiteral("۵۴۳۲")); // Persian digits
    CHECK(okButton(dialog)->isEnabled());
    CHECK(dialog.address().port == 5432);
    retype(address, QStringLiteral("postgresql://u@h/db?sslmod=require"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("sslmod")));
    retype(address, QStringLiteral("minutes.jalaseh"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("postgresql://")));
}

TEST_CASE("Recent databases keep a server's address without its password, named readably")
{
    freshSettings("recent");
    app::RecentDatabases::add(
        QStringLiteral("postgresql://clerk:s3cret@db.example.org/jalaseh?sslmode=require"));
    CHECK(app::RecentDatabases::list() ==
          QStringList{QStringLiteral("postgresql://clerk@db.example.org/jalaseh?sslmode=require")});
    CHECK_FALSE(settingsText().contains(QStringLiteral("s3cret")));
    CHECK(app::DatabaseOpener::shortName(app::RecentDatabases::list().first())
              .contains(QStringLiteral("db.example.org")));
    CHECK_FALSE(app::DatabaseOpener::shortName(app::RecentDatabases::list().first())
                    .contains(QStringLiteral("postgresql")));
    app::RecentDatabases::add(QStringLiteral("postgresql://clerk:s3cret@db.example.org/"
                                             "jalaseh?sslmode=require"));
    CHECK(app::RecentDatabases::list().size() == 1);
    // An address with a mistake is never kept: it could not be shown without its password.
    app::RecentDatabases::add(QStringLiteral("postgresql://clerk:s3cret@db.example.org:x/j"));
    CHECK(app::RecentDatabases::list().size() == 1);
    CHECK_FALSE(settingsText().contains(QStringLiteral("s3cret")));
}

TEST_CASE("A server that does not answer is named by its address and can be tried again")
{
    // Nothing listens on port 1: libpq's connection is refused at once.
    const QString address =
        QStringLiteral("postgresql://clerk:secret-word@127.0.0.1:1/minutes?connect_timeout=2");
    app::DatabaseOpener opener(nullptr);
    QStringList texts;
    int attempts = 0;
    std::function<void(QDialog*)> answer = [&](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        ++attempts;
        texts << box->text() << box->informativeText() << box->detailedText();
        QAbstractButton* retry = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QStringLiteral("Try again"))
                retry = button;
        }
        REQUIRE(retry);
        if (attempts == 1) {
            test::whenDialogOpens(answer);
            retry->click();
        } else {
            box->reject();
        }
    };
    test::whenDialogOpens(answer);
    CHECK_FALSE(opener.open(address));
    CHECK(attempts == 2);
    REQUIRE(texts.size() >= 3);
    CHECK(texts.at(0).contains(QStringLiteral("minutes on 127.0.0.1")));
    CHECK(texts.at(2).contains(QStringLiteral("postgresql://clerk@127.0.0.1:1/minutes")));
    CHECK_FALSE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("secret-word")));
    CHECK_FALSE(opener.lastProblem().isEmpty());
    CHECK_FALSE(opener.lastProblem().contains(QStringLiteral("secret-word")));
}

TEST_CASE("A server's database opened from the window lists the meetings of the file it was "
          "copied from",
          "[server]")
{
    freshSettings("copied");
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("secretary.jalaseh"));
    const QString server = jalaseh::test::freshDatabaseAddress(folder);
    {
        storage::OpenOptions create;
        create.create = true;
        auto source = storage::Database::open(file, create);
        REQUIRE(source.database);
        exchange::createDemoData(*source.database);
        auto target = storage::Database::open(server, create);
        REQUIRE(target.database);
        storage::DatabaseCopy(*source.database, *target.database).run(false);
    }

    app::MainWindow fromFile;
    REQUIRE(fromFile.openDatabase(file));
    const QStringList fileRows = meetingRows(fromFile);
    REQUIRE(fileRows.size() >= 3);

    app::MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(file));
    const auto testServer = jalaseh::test::testServer();
    const QString name = databaseNameOf(server);
    QString shownAddress;
    test::whenDialogOpens([&](QDialog* dialog) {
        REQUIRE(dialog->objectName() == QStringLiteral("ServerDialog"));
        // Through the Unix socket (libpq ignores sslmode there; the default `require` stays).
        fillServerDialog(dialog, testServer.socketFolder, testServer.port, name,
                         QStringLiteral("postgres"), QString(), QStringLiteral("require"));
        shownAddress = find<QLineEdit>(*dialog, "addressEdit")->text();
        REQUIRE(okButton(*dialog)->isEnabled());
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
    window.connectToServer();
    REQUIRE(window.session());
    CHECK(window.session()->database().engine() == storage::Engine::Postgres);
    CHECK(window.session()->path() == shownAddress);
    CHECK(meetingRows(window) == fileRows);
    CHECK(window.windowTitle().contains(name));
    CHECK(find<QLabel>(window, "databaseLabel")->text().contains(name));
    REQUIRE_FALSE(app::RecentDatabases::list().isEmpty());
    CHECK(app::RecentDatabases::list().first() == shownAddress);

    // The next start opens the server again, as it opens the file used last.
    app::MainWindow next;
    next.openStartDatabase();
    REQUIRE(next.session());
    CHECK(next.session()->database().engine() == storage::Engine::Postgres);
    CHECK(meetingRows(next) == fileRows);

    // `jalaseh --db postgresql://...` opens the window on that server.
    app::MainWindow fromCommandLine;
    fromCommandLine.openStartDatabase(server);
    REQUIRE(fromCommandLine.session());
    CHECK(fromCommandLine.session()->database().engine() == storage::Engine::Postgres);
}

TEST_CASE("A wrong password is asked for again, and no password reaches the settings or the "
          "title",
          "[server]")
{
    freshSettings("password");
    // A login with a password, over loopback TCP, where the test server asks for passwords. A
    // superuser, so that it may read the database made below without grants.
    jalaseh::test::runOnTestServer(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                       "'window_clerk') THEN CREATE ROLE window_clerk LOGIN SUPERUSER PASSWORD "
                       "'right-word'; END IF; END $$"));
    QTemporaryDir folder;
    const QString name = databaseNameOf(serverDatabase(folder));
    const int port = jalaseh::test::testServer().port;
    const QString file = folder.filePath(QStringLiteral("own.jalaseh"));

    REQUIRE(app::DatabaseOpener(nullptr).create(file));
    app::MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(file));

    // A wrong password: asked again with the sentence; cancelled, the file stays open.
    QStringList questions;
    test::whenDialogOpens([&](QDialog* dialog) {
        fillServerDialog(dialog, QStringLiteral("127.0.0.1"), port, name,
                         QStringLiteral("window_clerk"), QStringLiteral("wrong-word"),
                         QStringLiteral("prefer"));
        test::whenDialogOpens([&](QDialog* asked) {
            auto* input = qobject_cast<QInputDialog*>(asked);
            REQUIRE(input);
            questions.append(input->labelText());
            CHECK(input->textEchoMode() == QLineEdit::Password);
            test::whenDialogOpens([&](QDialog* again) {
                questions.append(qobject_cast<QInputDialog*>(again)->labelText());
                again->reject();
            });
            input->setTextValue(QStringLiteral("still-wrong"));
            input->accept();
        });
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
    window.connectToServer();
    REQUIRE(questions.size() == 2);
    CHECK(questions.at(0).contains(QStringLiteral("window_clerk")));
    CHECK(questions.at(1).contains(QStringLiteral("window_clerk")));
    REQUIRE(window.session());
    CHECK(window.session()->database().engine() == storage::Engine::Sqlite);
    CHECK(app::RecentDatabases::list().first() == QFileInfo(file).absoluteFilePath());

    // No password in the dialog: the server asks for one, and the right one opens it.
    test::whenDialogOpens([&](QDialog* dialog) {
        fillServerDialog(dialog, QStringLiteral("127.0.0.1"), port, name,
                         QStringLiteral("window_clerk"), QString(), QStringLiteral("prefer"));
        test::whenDialogOpens([&](QDialog* asked) {
            auto* input = qobject_cast<QInputDialog*>(asked);
            REQUIRE(input);
            input->setTextValue(QStringLiteral("right-word"));
            input->accept();
        });
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
    window.connectToServer();
    REQUIRE(window.session());
    CHECK(window.session()->database().engine() == storage::Engine::Postgres);
    const QString expected =
        QStringLiteral("postgresql://window_clerk@127.0.0.1:%1/%2?sslmode=prefer")
            .arg(port)
            .arg(name);
    CHECK(app::RecentDatabases::list().first() == expected);
    for (const QString& secret : {QStringLiteral("right-word"), QStringLiteral("wrong-word"),
                                  QStringLiteral("still-wrong")}) {
        CHECK_FALSE(settingsText().contains(secret));
        CHECK_FALSE(window.windowTitle().contains(secret));
        CHECK_FALSE(window.session()->path().contains(secret));
        CHECK_FALSE(find<QLabel>(window, "databaseLabel")->text().contains(secret));
    }

    // Without the password the next start asks for it; cancelled, the default file opens.
    app::MainWindow next;
    bool asked = false;
    test::whenDialogOpens([&](QDialog* dialog) {
        asked = qobject_cast<QInputDialog*>(dialog) != nullptr;
        dialog->reject();
    });
    next.openStartDatabase();
    CHECK(asked);
    REQUIRE(next.session());
    CHECK(next.session()->database().engine() == storage::Engine::Sqlite);
    CHECK(next.session()->path() == app::DatabaseOpener::defaultPath());
    next.setSession(nullptr);
    QFile::remove(app::DatabaseOpener::defaultPath());
}
