// Saves screenshots of the main window's views, on a fresh database with the demo data, in the
// interface language given: gui_screenshots OUTPUT_FOLDER [fa|en]. Run under Xvfb or offscreen;
// the pictures go into the user guide (docs/screenshots) and are looked at for layout faults.
#include "app/ActivityTableModel.h"
#include "app/AttendanceView.h"
#include "app/DatabaseOpener.h"
#include "app/DatabaseSession.h"
#include "app/InterfaceLanguage.h"
#include "app/MainWindow.h"
#include "app/MeetingEditor.h"
#include "app/MeetingsView.h"
#include "app/SettingsDialog.h"
#include "exchange/DemoData.h"
#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SyntheticDatabase.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace jalaseh;

namespace {

bool save(QWidget& window, const QString& file)
{
    QTest::qWait(50);
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehScreenshots"));
    QApplication::setApplicationName(QStringLiteral("jalaseh"));
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: gui_screenshots OUTPUT_FOLDER [fa|en]\n");
        return 2;
    }
    const QDir output(arguments[1]);
    const bool english = arguments.size() > 2 && arguments[2] == QLatin1String("en");
    const QString suffix = english ? QStringLiteral("-en") : QStringLiteral("-fa");
    app::InterfaceLanguage::apply(application, english ? app::InterfaceLanguage::Language::English
                                                       : app::InterfaceLanguage::Language::Persian);

    QTemporaryDir folder;
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(folder.filePath(QStringLiteral("demo.jalaseh")), options);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    exchange::createDemoData(*opened.database);
    const QList<Meeting> meetings = storage::MeetingRepository(*opened.database).all();

    app::MainWindow window;
    window.resize(1280, 800);
    window.setSession(std::make_unique<app::DatabaseSession>(std::move(opened.database)));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");

    bool ok =
        save(window, output.filePath(QStringLiteral("meetings") + suffix + QStringLiteral(".png")));
    window.showPage(app::MainWindow::PeoplePage);
    ok &= save(window, output.filePath(QStringLiteral("people") + suffix + QStringLiteral(".png")));
    window.showPage(app::MainWindow::BodiesPage);
    ok &= save(window, output.filePath(QStringLiteral("bodies") + suffix + QStringLiteral(".png")));
    window.showPage(app::MainWindow::DecisionsPage);
    ok &= save(window,
               output.filePath(QStringLiteral("decisions") + suffix + QStringLiteral(".png")));
    if (!meetings.isEmpty()) {
        // The seed meeting: the oldest of the demo's first series.
        window.openMeeting(meetings.last().id);
        auto* tabs = window.meetingEditor()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        const QStringList names{
            QStringLiteral("editor-details"), QStringLiteral("editor-attendance"),
            QStringLiteral("editor-contributions"), QStringLiteral("editor-decisions")};
        for (int tab = 0; tab < names.size(); ++tab) {
            tabs->setCurrentIndex(tab);
            ok &= save(window, output.filePath(names[tab] + suffix + QStringLiteral(".png")));
        }
    }

    // Attendance review on a generated network of three years (1401 to 1403), richer than the
    // demo's three meetings; "today" late in 1403, as if the network were recording now.
    auto network =
        storage::Database::open(folder.filePath(QStringLiteral("network.jalaseh")), options);
    if (!network.database) {
        std::fprintf(stderr, "%s\n", qPrintable(network.message));
        return 1;
    }
    storage::SyntheticSize size;
    size.years = 3;
    size.people = 600;
    size.bodies = 18;
    size.meetings = 1500;
    size.attendance = 30000;
    size.contributions = 15000;
    size.decisions = 15000;
    size.proposals = 3000;
    size.actionItems = 3000;
    storage::generateSynthetic(*network.database, size, 1402);
    Id group = 0;
    for (const Body& body : storage::BodyRepository(*network.database).all())
        if (body.kind == BodyKind::WorkingGroup && body.active && !body.isMerged() && !group)
            group = body.id;
    window.setSession(std::make_unique<app::DatabaseSession>(std::move(network.database)));
    window.showPage(app::MainWindow::AttendancePage);
    app::AttendanceView* attendance = window.attendanceView();
    attendance->setToday(persian::JalaliDate::fromYmd(1403, 12, 10).toGregorian());
    attendance->setPeriod(persian::JalaliDate::fromYmd(1403, 1, 1).toGregorian(),
                          persian::JalaliDate::fromYmd(1403, 12, 30).toGregorian());
    attendance->showSubject(app::AttendanceView::Subject::Body, group);
    ok &= save(window, output.filePath(QStringLiteral("attendance-matrix") + suffix +
                                       QStringLiteral(".png")));
    attendance->showTab(app::AttendanceView::ActivityTab);
    auto* table = attendance->findChild<QTableView*>(QStringLiteral("activityTable"));
    for (int row = 1; row <= 3 && row < table->model()->rowCount(); ++row)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ok &= save(window, output.filePath(QStringLiteral("attendance-activity") + suffix +
                                       QStringLiteral(".png")));
    app::SettingsDialog settings(&window);
    settings.setReviewRules({}, true);
    settings.show();
    ok &= save(settings,
               output.filePath(QStringLiteral("settings") + suffix + QStringLiteral(".png")));
    return ok ? 0 : 1;
}
