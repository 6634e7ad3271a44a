// The database pulled out from under an open window: removed, moved, unreadable, locked by another
// program. Whatever the views then do, the process goes on, the window says what happened and
// what to do, and what was saved before is still in the file.
#define CATCH_CONFIG_RUNNER
#include "GuiFixture.h"
#include "app/bodies/BodiesView.h"
#include "app/followup/DecisionsView.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "app/people/PeopleView.h"
#include "app/shell/Application.h"
#include "app/shell/MainWindow.h"
#include "app/shell/UnsavedEditPrompt.h"
#include "exchange/DemoData.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "storage/Database.h"
#include "storage/FileHolder.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <atomic>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace jalaseh;

namespace {

// ---- a disk that stops answering ----
// A shim over SQLite's own VFS, made the default before any database opens. While `readsFail`,
// every read of a file and every lock of the WAL index fails with an I/O error, as when a USB
// stick is pulled or a network share drops: pages in SQLite's cache cannot hide it, because each
// read transaction must lock the WAL index first. (Tests run as root, so chmod 000 would not.)
std::atomic<bool> readsFail{false};
sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs failingVfs;
sqlite3_io_methods failingMethods;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file)->real;
}

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->base.pMethods = nullptr;
    const int result = realVfs->xOpen(realVfs, name, shim->real, flags, outFlags);
    if (shim->real->pMethods)
        shim->base.pMethods = &failingMethods;
    return result;
}

void installFailingVfs()
{
    realVfs = sqlite3_vfs_find(nullptr);
    failingVfs = *realVfs;
    failingVfs.zName = "jalaseh-test-failing";
    failingVfs.pNext = nullptr;
    failingVfs.szOsFile = int(sizeof(ShimFile)) + realVfs->szOsFile;
    failingVfs.xOpen = shimOpen;

    auto& m = failingMethods;
    m.iVersion = 3;
    m.xClose = [](sqlite3_file* f) {
        return realOf(f)->pMethods->xClose(realOf(f));
    };
    m.xRead = [](sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
        if (readsFail)
            return SQLITE_IOERR_READ;
        return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
    };
    m.xWrite = [](sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
        return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
    };
    m.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
        return realOf(f)->pMethods->xTruncate(realOf(f), size);
    };
    m.xSync = [](sqlite3_file* f, int flags) {
        return realOf(f)->pMethods->xSync(realOf(f), flags);
    };
    m.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
        return realOf(f)->pMethods->xFileSize(realOf(f), size);
    };
    m.xLock = [](sqlite3_file* f, int lock) {
        return realOf(f)->pMethods->xLock(realOf(f), lock);
    };
    m.xUnlock = [](sqlite3_file* f, int lock) {
        return realOf(f)->pMethods->xUnlock(realOf(f), lock);
    };
    m.xCheckReservedLock = [](sqlite3_file* f, int* out) {
        return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
    };
    m.xFileControl = [](sqlite3_file* f, int op, void* arg) {
        return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
    };
    m.xSectorSize = [](sqlite3_file* f) {
        return realOf(f)->pMethods->xSectorSize(realOf(f));
    };
    m.xDeviceCharacteristics = [](sqlite3_file* f) {
        return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
    };
    m.xShmMap = [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
        return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
    };
    m.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
        if (readsFail && (flags & SQLITE_SHM_LOCK))
            return SQLITE_IOERR_SHMLOCK;
        return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
    };
    m.xShmBarrier = [](sqlite3_file* f) {
        realOf(f)->pMethods->xShmBarrier(realOf(f));
    };
    m.xShmUnmap = [](sqlite3_file* f, int remove) {
        return realOf(f)->pMethods->xShmUnmap(realOf(f), remove);
    };
    m.xFetch = [](sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
        *out = nullptr; // no memory map: every page goes through xRead
        (void)f, (void)offset, (void)amount;
        return SQLITE_OK;
    };
    m.xUnfetch = [](sqlite3_file*, sqlite3_int64, void*) {
        return SQLITE_OK;
    };
    sqlite3_vfs_register(&failingVfs, 1);
}

// ---- the window on a real file ----

const QString savedBefore = QStringLiteral("پیش‌ازجدایی");

class OpenWindow
{
public:
    OpenWindow()
    {
        REQUIRE(m_folder.isValid());
        path = m_folder.filePath(QStringLiteral("pulled.jalaseh"));
        {
            storage::OpenOptions create;
            create.create = true;
            auto opened = storage::Database::open(path, create);
            REQUIRE(opened.database);
            exchange::createDemoData(*opened.database);
        }
        storage::OpenOptions options;
        options.busyTimeoutMs = 200; // a locked file is reported in a fifth of a second
        auto opened = storage::Database::open(path, options);
        REQUIRE(opened.database);
        window = std::make_unique<app::MainWindow>();
        window->setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        const QList<Meeting> meetings = storage::MeetingRepository(database()).all();
        REQUIRE_FALSE(meetings.isEmpty());
        meetingId = meetings.first().id;
        meetingCount = meetings.size();

        // Saved through the window, as a user would, before anything happens to the file.
        Person person;
        person.familyName = savedBefore;
        person.givenName = QStringLiteral("مریم");
        REQUIRE(session().perform(
            new session::InsertRowCommand<Person>(session(), person, QStringLiteral("Add"))));
        peopleCount = storage::PersonRepository(database()).all().size();
    }

    session::DatabaseSession& session() { return *window->session(); }
    storage::Database& database() { return session().database(); }
    QString folderPath(const QString& name) const { return m_folder.filePath(name); }

    // Closes the window and its database (SQLite then folds its journal into the file).
    void close() { window.reset(); }

    QString path;
    std::unique_ptr<app::MainWindow> window;
    Id meetingId = 0;
    qsizetype meetingCount = 0;
    qsizetype peopleCount = 0;

private:
    QTemporaryDir m_folder;
};

void settle()
{
    QApplication::processEvents();
    QTest::qWait(10);
}

// What a user does in the window: every page of the side list, a meeting opened in the editor
// and each of its tabs, a filter typed into each list.
void driveEveryView(app::MainWindow& window, Id meetingId)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    for (int page = 0; page < navigation->count(); ++page) {
        navigation->setCurrentRow(page);
        settle();
        REQUIRE(window.currentPage() == app::MainWindow::Page(page));
    }
    window.openMeeting(meetingId);
    settle();
    auto* tabs = window.meetingEditor()->findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle();
    }
    // The lists with a search box, in the order of the side list.
    const QList<QWidget*> lists{window.meetingsView(), window.peopleView(), window.bodiesView(),
                                window.decisionsView()};
    for (int page = 0; page < lists.size(); ++page) {
        navigation->setCurrentRow(page);
        settle();
        auto* search = lists[page]->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        REQUIRE(search);
        test::typeText(search, QStringLiteral("کار"));
        settle();
        search->clear();
    }
    settle();
}

// An edit tried after the file went away: refused, with the warning the window gives for edits.
QString tryAnEdit(OpenWindow& open)
{
    QString told;
    test::whenDialogOpens([&](QDialog* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            told = box->text();
        dialog->accept();
    });
    Person person;
    person.familyName = QStringLiteral("پس‌ازجدایی");
    CHECK_FALSE(open.session().perform(
        new session::InsertRowCommand<Person>(open.session(), person, QStringLiteral("Add"))));
    // A refusal of the file keeps the edit and asks in a box of its own, a moment later.
    for (int i = 0; i < 150 && told.isEmpty(); ++i)
        settle();
    return told;
}

// The box that tells of a kept edit, once it is open.
QMessageBox* unsavedEditBox(app::MainWindow& window)
{
    for (int i = 0; i < 150; ++i) {
        settle();
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("unsavedEditBox"));
        if (box && box->isVisible())
            return box;
    }
    FAIL("no box tells of the kept edit");
    return nullptr;
}

void press(QMessageBox* box, const char* button)
{
    auto* found = box->findChild<QAbstractButton*>(QLatin1String(button));
    REQUIRE(found);
    QTest::mouseClick(found, Qt::LeftButton);
    for (int i = 0; i < 10; ++i)
        settle();
}

bool addPerson(OpenWindow& open, const QString& familyName)
{
    Person person;
    person.familyName = familyName;
    return open.session().perform(
        new session::InsertRowCommand<Person>(open.session(), person, QStringLiteral("Add")));
}

int peopleNamed(storage::Database& database, const QString& familyName)
{
    int found = 0;
    for (const Person& person : storage::PersonRepository(database).all())
        found += person.familyName == familyName ? 1 : 0;
    return found;
}

void limitPages(storage::Database& database, const QString& pages)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = ") + pages));
    query.finish();
}

// The people and meetings in the file at `path`, opened afresh.
void requireNothingLost(const QString& path, const OpenWindow& open)
{
    auto reopened = storage::Database::open(path);
    INFO(reopened.message.toStdString());
    REQUIRE(reopened.database);
    const QList<Person> people = storage::PersonRepository(*reopened.database).all();
    CHECK(people.size() == open.peopleCount);
    CHECK(std::any_of(people.cbegin(), people.cend(),
                      [](const Person& p) { return p.familyName == savedBefore; }));
    CHECK(storage::MeetingRepository(*reopened.database).all().size() == open.meetingCount);
}

} // namespace

TEST_CASE("the database file removed under the open window")
{
    OpenWindow open;
    REQUIRE(QFile::remove(open.path));
    driveEveryView(*open.window, open.meetingId);
    const QString shown = open.window->shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("pulled.jalaseh")));
    CHECK(shown.contains(QStringLiteral("no longer where it was opened")));
    CHECK(shown.contains(QStringLiteral("File → Open database")));
    // Nothing goes to the unlinked file, where it would be lost.
    CHECK(tryAnEdit(open).contains(QStringLiteral("no longer where it was opened")));
    // The window is still usable: the strip can be dismissed and the views switched.
    QTest::mouseClick(open.window->findChild<QWidget*>(QStringLiteral("problemDismiss")),
                      Qt::LeftButton);
    CHECK(open.window->shownProblem().isEmpty());
    open.window->showPage(app::MainWindow::PeoplePage);
    CHECK(open.window->currentPage() == app::MainWindow::PeoplePage);
}

TEST_CASE("the database file moved under the open window")
{
    OpenWindow open;
    const QString movedTo = open.folderPath(QStringLiteral("elsewhere.jalaseh"));
    REQUIRE(QFile::rename(open.path, movedTo));
    driveEveryView(*open.window, open.meetingId);
    const QString shown = open.window->shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("removed, moved or renamed")));
    CHECK(tryAnEdit(open).contains(QStringLiteral("no longer where it was opened")));
    open.close();
    // Put back, as the message advises, the file holds everything saved before the move: SQLite
    // left the latest changes in the journal beside the old name (pulled.jalaseh-wal), and does
    // not fold a journal into a file that moved. The refused edit is nowhere.
    REQUIRE(QFile::rename(movedTo, open.path));
    requireNothingLost(open.path, open);
    auto reopened = storage::Database::open(open.path);
    REQUIRE(reopened.database);
    for (const Person& person : storage::PersonRepository(*reopened.database).all())
        CHECK(person.familyName != QStringLiteral("پس‌ازجدایی"));
}

TEST_CASE("the database file replaced by another under the open window")
{
    OpenWindow open;
    const QString copy = open.folderPath(QStringLiteral("copy.jalaseh"));
    REQUIRE(QFile::copy(open.path, copy));
    REQUIRE(QFile::remove(open.path));
    REQUIRE(QFile::rename(copy, open.path));
    driveEveryView(*open.window, open.meetingId);
    const QString shown = open.window->shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("replaced by another file")));
    CHECK(tryAnEdit(open).contains(QStringLiteral("replaced by another file")));
}

TEST_CASE("the database file unreadable under the open window")
{
    OpenWindow open;
    readsFail = true;
    driveEveryView(*open.window, open.meetingId);
    const QString shown = open.window->shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("could not read or write the database file")));
    CHECK(shown.contains(QStringLiteral("Check the disk")));
    CHECK(tryAnEdit(open).contains(QStringLiteral("could not read or write")));
    readsFail = false;
    // The disk answers again: the views read again when shown, and the strip can go.
    open.window->showPage(app::MainWindow::PeoplePage);
    settle();
    open.close();
    requireNothingLost(open.path, open);
}

TEST_CASE("the database file locked by another program under the open window")
{
    OpenWindow open;
    // Another process holds the write lock, as a second copy of Jalaseh or a sync tool may
    // (storage_lock_holder, the storage tests' "other program").
    QProcess other;
    other.start(QStringLiteral(JALASEH_LOCK_HOLDER), {open.path});
    REQUIRE(other.waitForStarted());
    REQUIRE(other.waitForReadyRead(10000));
    REQUIRE(other.readLine().trimmed() == "locked");

    // With the WAL journal, readers go on reading under another's write lock.
    driveEveryView(*open.window, open.meetingId);
    CHECK(open.window->shownProblem().isEmpty());
    const QString told = tryAnEdit(open);
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("in use by another program")));
    CHECK(told.contains(QStringLiteral("try again")));
    CHECK(told.contains(QStringLiteral("is kept in this window")));

    other.closeWriteChannel(); // it rolls back and lets go
    REQUIRE(other.waitForFinished(5000));
    open.close();
    requireNothingLost(open.path, open);
}

TEST_CASE("a save refused by a full disk is kept, and Try again saves it once there is room")
{
    OpenWindow open;
    const QString large = QStringLiteral("پرحجم") + QString(200000, QChar(u'ب'));
    QSqlQuery count(open.database().connection());
    REQUIRE((count.exec(QStringLiteral("PRAGMA page_count")) && count.next()));
    const QString pages = count.value(0).toString();
    count.finish();
    limitPages(open.database(), pages);

    CHECK_FALSE(addPerson(open, large));
    QMessageBox* box = unsavedEditBox(*open.window);
    const QString told = box->text();
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("disk is full")));
    CHECK(told.contains(QStringLiteral("“Add” is kept in this window")));
    // The window goes on: its views read, another box may come, nothing aborted.
    driveEveryView(*open.window, open.meetingId);
    CHECK(open.session().unsavedEditCount() == 1);

    press(box, "retryButton"); // still full: asked again, still kept
    box = unsavedEditBox(*open.window);
    CHECK(open.session().unsavedEditCount() == 1);
    limitPages(open.database(), QStringLiteral("1000000"));
    press(box, "retryButton");
    CHECK(open.session().unsavedEditCount() == 0);
    CHECK(peopleNamed(open.database(), large) == 1);
    open.close();
    auto reopened = storage::Database::open(open.path);
    REQUIRE(reopened.database);
    CHECK(peopleNamed(*reopened.database, large) == 1);
}

TEST_CASE("opening another database asks before kept edits are lost")
{
    OpenWindow open;
    const QString other = open.path + QStringLiteral(".other.jalaseh");
    REQUIRE(QFile::copy(open.path, other));
    QSqlQuery count(open.database().connection());
    REQUIRE((count.exec(QStringLiteral("PRAGMA page_count")) && count.next()));
    const QString pages = count.value(0).toString();
    count.finish();
    limitPages(open.database(), pages);
    CHECK_FALSE(addPerson(open, QString(200000, QChar(u'ب'))));
    press(unsavedEditBox(*open.window), "laterButton");
    REQUIRE(open.session().unsavedEditCount() == 1);

    QString asked;
    const auto answer = [&asked](QMessageBox::ButtonRole role) {
        jalaseh::test::whenDialogOpens([&asked, role](QDialog* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            REQUIRE(box);
            asked = box->text();
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == role) {
                    button->click();
                    return;
                }
        });
    };
    answer(QMessageBox::RejectRole); // Cancel
    CHECK_FALSE(open.window->openDatabase(other));
    CHECK(asked.contains(QStringLiteral("could not be saved to the database")));
    CHECK(asked.contains(QStringLiteral("Opening another database loses them")));
    CHECK(open.session().path() == open.path);
    CHECK(open.session().unsavedEditCount() == 1);

    answer(QMessageBox::DestructiveRole); // Open it and lose them
    CHECK(open.window->openDatabase(other));
    CHECK(open.session().path() == other);
    CHECK(open.session().unsavedEditCount() == 0);
}

TEST_CASE("a file made read-only under the window: the kept edit is saved into a copy")
{
    OpenWindow open;
    const auto mode = QFile::permissions(open.path);
    REQUIRE(QFile::setPermissions(open.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    CHECK_FALSE(addPerson(open, QStringLiteral("پس‌ازقفل")));
    QMessageBox* box = unsavedEditBox(*open.window);
    INFO(box->text().toStdString());
    CHECK(box->text().contains(QStringLiteral("was made read-only while it was open")));

    const QString copy = open.folderPath(QStringLiteral("rescued.jalaseh"));
    app::UnsavedEditPrompt::setPathChooser([&](QWidget*, const QString&) { return copy; });
    press(box, "saveCopyButton");
    app::UnsavedEditPrompt::setPathChooser({});
    CHECK(open.session().path() == copy);
    CHECK(open.session().unsavedEditCount() == 0);
    CHECK(open.window->windowTitle().contains(QStringLiteral("rescued")));
    CHECK(open.window->shownNotice().contains(QStringLiteral("now works on the copy")));
    // Work goes on in the copy, the views read it, and the undo history came along.
    driveEveryView(*open.window, open.meetingId);
    CHECK(peopleNamed(open.database(), QStringLiteral("پس‌ازقفل")) == 1);
    CHECK(peopleNamed(open.database(), savedBefore) == 1);
    open.session().undoStack()->undo();
    CHECK(peopleNamed(open.database(), QStringLiteral("پس‌ازقفل")) == 0);
    open.close();
    REQUIRE(QFile::setPermissions(open.path, mode));
    requireNothingLost(open.path, open); // the read-only file as it was
}

TEST_CASE("a save kept waiting by another Jalaseh program names it, and Try again saves it")
{
    OpenWindow open;
    QProcess other;
    other.start(QStringLiteral(JALASEH_WRITE_HOLDER), {open.path});
    REQUIRE(other.waitForStarted());
    REQUIRE(other.waitForReadyRead(10000));
    REQUIRE(other.readLine().trimmed() == "holding");

    CHECK_FALSE(addPerson(open, QStringLiteral("پس‌ازانتظار")));
    QMessageBox* box = unsavedEditBox(*open.window);
    const QString told = box->text();
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("write-holder test")));
    CHECK(told.contains(QSysInfo::machineHostName()));
    CHECK(told.contains(QStringLiteral("process %1").arg(other.processId())));

    other.closeWriteChannel(); // it finishes and lets go
    REQUIRE(other.waitForFinished(10000));
    press(box, "retryButton");
    CHECK(open.session().unsavedEditCount() == 0);
    CHECK(peopleNamed(open.database(), QStringLiteral("پس‌ازانتظار")) == 1);
}

TEST_CASE("a second window on the same file, or a file on a network share, says so as it opens")
{
    OpenWindow open;
    CHECK(open.window->shownNotice().isEmpty());
    const auto secondWindow = [&] {
        auto opened = storage::Database::open(open.path);
        REQUIRE(opened.database);
        auto window = std::make_unique<app::MainWindow>();
        window->setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
        return window;
    };
    {
        const auto second = secondWindow();
        INFO(second->shownNotice().toStdString());
        CHECK(second->shownNotice().contains(QStringLiteral("also open in another window")));
    }
    {
        // Another process with the file open (storage_lock_holder keeps SQLite's lock on it).
        open.close();
        QProcess other;
        other.start(QStringLiteral(JALASEH_LOCK_HOLDER), {open.path});
        REQUIRE(other.waitForStarted());
        REQUIRE(other.waitForReadyRead(10000));
        const auto second = secondWindow();
        INFO(second->shownNotice().toStdString());
        CHECK(second->shownNotice().contains(QStringLiteral("another program on this computer")));
        CHECK(second->shownNotice().contains(QStringLiteral("process %1").arg(other.processId())));
        QTest::mouseClick(second->findChild<QWidget*>(QStringLiteral("noticeDismiss")),
                          Qt::LeftButton);
        CHECK(second->shownNotice().isEmpty());
        other.closeWriteChannel();
        REQUIRE(other.waitForFinished(10000));
    }
    qputenv("JALASEH_TEST_FILE_SYSTEM_TYPE", "0x6969");
    const auto onNfs = secondWindow();
    qunsetenv("JALASEH_TEST_FILE_SYSTEM_TYPE");
    INFO(onNfs->shownNotice().toStdString());
    CHECK(onNfs->shownNotice().contains(QStringLiteral("network file system (NFS)")));
    CHECK(onNfs->shownNotice().contains(QStringLiteral("database server")));
    CHECK(onNfs->shownProblem().isEmpty()); // a warning, not an error
}

TEST_CASE("an exception that escapes an event handler is caught, logged and shown")
{
    OpenWindow open;
    struct Thrower : QObject
    {
        bool event(QEvent* event) override
        {
            if (event->type() == QEvent::User)
                throw std::runtime_error("thrown on purpose");
            return QObject::event(event);
        }
    } thrower;
    QCoreApplication::postEvent(&thrower, new QEvent(QEvent::User));
    for (int i = 0; i < 50 && open.window->shownProblem().isEmpty(); ++i)
        settle();
    const QString shown = open.window->shownProblem();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("thrown on purpose")));
    CHECK(shown.contains(QStringLiteral("What was saved before is safe")));
}

int main(int argc, char** argv)
{
    installFailingVfs();
    // The backups the tests make (storage/BackupStore.h) go to a folder thrown away after, not
    // to the user's data folder.
    QTemporaryDir backups;
    if (qEnvironmentVariableIsEmpty("JALASEH_BACKUP_FOLDER"))
        qputenv("JALASEH_BACKUP_FOLDER", backups.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The application the window runs in, with its last-resort catch.
    app::Application application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehTests"));
    QApplication::setApplicationName(QStringLiteral("jalaseh-gui-tests"));
    return Catch::Session().run(argc, argv);
}
