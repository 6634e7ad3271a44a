// File ▸ Backups: back up now while the window goes on, restore the backup as a new file, open
// it; the status bar tells when the file was last backed up.
#include "GuiFixture.h"
#include "app/shell/BackupsDialog.h"
#include "session/Backups.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

TEST_CASE("Backups dialog backs up now and restores as a new file that opens", "[gui][backups]")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    REQUIRE(window.backups());
    auto* label = find<QLabel>(window, "backupLabel");
    CHECK(label->isVisibleTo(&window));
    const QString original = fixture.session().path();
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("restored.jalaseh"));

    bool backedUp = false;
    bool restoredAsked = false;
    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::BackupsDialog*>(opened);
        REQUIRE(dialog);
        auto* list = find<QTreeWidget>(*dialog, "backupList");
        const int before = list->topLevelItemCount();
        QTest::mouseClick(find<QPushButton>(*dialog, "backUpButton"), Qt::LeftButton);
        backedUp = QTest::qWaitFor([&] { return list->topLevelItemCount() == before + 1; }, 20000);
        REQUIRE(backedUp);
        CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("daily"));
        CHECK(list->topLevelItem(0)->isSelected());
        CHECK_FALSE(dialog->selectedId().isEmpty());
        // Where to: the file chooser, then whether to open it.
        whenDialogOpens([&](QDialog* chooserDialog) {
            auto* chooser = qobject_cast<QFileDialog*>(chooserDialog);
            REQUIRE(chooser);
            chooser->selectFile(target);
            whenDialogOpens([&](QDialog* question) {
                auto* box = qobject_cast<QMessageBox*>(question);
                REQUIRE(box);
                restoredAsked = true;
                CHECK(box->text().contains(QStringLiteral("restored.jalaseh")));
                box->button(QMessageBox::Open)->click();
            });
            chooserDialog->accept(); // QFileDialog::accept, through QDialog (public there)
        });
        QTest::mouseClick(find<QPushButton>(*dialog, "restoreButton"), Qt::LeftButton);
    });
    window.showBackups();
    CHECK(backedUp);
    CHECK(restoredAsked);
    REQUIRE(QFileInfo::exists(target));
    REQUIRE(window.session());
    CHECK(QFileInfo(window.session()->path()).fileName() == QStringLiteral("restored.jalaseh"));
    CHECK(window.session()->path() != original);
    CHECK(storage::PersonRepository(window.session()->database()).all().size() == 5);
}

TEST_CASE("The status bar tells when the file was last backed up", "[gui][backups]")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    REQUIRE(window.backups());
    auto* label = find<QLabel>(window, "backupLabel");
    // The automatic backup comes a moment after the file opens (none was made yet).
    CHECK(QTest::qWaitFor([&] { return label->text().startsWith(QStringLiteral("Last backup: ")); },
                          app::MainWindow::automaticBackupDelayMs + 20000));
    CHECK(window.backups()->list().size() == 1);
    // A new day's backup is not due again.
    window.backups()->backUpIfDue();
    CHECK_FALSE(window.backups()->isRunning());
}

// Not run by ctest (hidden): JALASEH_BIG_FILE=big.jalaseh test_gui_backups "[measure]" opens the
// window on a large file (`jalaseh --db big.jalaseh init --synthetic 10`), backs it up now and
// prints how long the backup took and the longest the window's event loop waited meanwhile.
TEST_CASE("Backing up a large file does not stall the window", "[.][measure]")
{
    const QString big = qEnvironmentVariable("JALASEH_BIG_FILE");
    if (big.isEmpty()) {
        WARN("JALASEH_BIG_FILE names no file: nothing measured");
        return;
    }
    app::MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(big));
    REQUIRE(window.backups());
    // The window reads what its first views show a moment after opening; the backup is measured
    // after that.
    QTest::qWait(2000);
    QElapsedTimer clock;
    qint64 last = 0, longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    bool done = false;
    QObject::connect(window.backups(), &session::Backups::finished,
                     [&](bool ok, const QString&, const QString& message) {
                         INFO(message.toStdString());
                         CHECK(ok);
                         done = true;
                     });
    clock.start();
    tick.start(5);
    REQUIRE(window.backups()->backUpNow());
    REQUIRE(QTest::qWaitFor([&] { return done; }, 120000));
    const qint64 took = clock.elapsed();
    WARN("backup of " << QFileInfo(big).size() / (1024 * 1024) << " MB: " << took
                      << " ms; longest wait of the event loop meanwhile: " << longestGap << " ms");
    CHECK(longestGap < 100);
}
