// Saves screenshots of the main window's views, on a fresh database with the demo data, in the
// interface language given: gui_screenshots OUTPUT_FOLDER [fa|en]. Run under Xvfb or offscreen;
// the pictures go into the user guide (docs/screenshots) and are looked at for layout faults.
#include "app/BodiesView.h"
#include "app/BodyListModel.h"
#include "app/DatabaseOpener.h"
#include "app/DatabaseSession.h"
#include "app/InterfaceLanguage.h"
#include "app/MainWindow.h"
#include "app/MeetingEditor.h"
#include "app/MeetingsView.h"
#include "app/MergeBodyDialog.h"
#include "app/PersonListModel.h"
#include "exchange/DemoData.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QApplication>
#include <QDir>
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

// Selects the body named `name` in the bodies view, so that its members and lineage show.
void selectBody(app::BodiesView& view, const QString& name)
{
    auto* table = view.findChild<QTableView*>(QStringLiteral("table"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, app::BodyListModel::NameColumn).data() == name)
            table->setCurrentIndex(table->model()->index(row, 0));
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
    // The demo's surviving group, with the group merged into it.
    const QString survivor = QStringLiteral("کارگروه منابع الکترونیکی");
    selectBody(*window.bodiesView(), survivor);
    ok &= save(window, output.filePath(QStringLiteral("bodies") + suffix + QStringLiteral(".png")));
    {
        storage::Database& database = window.session()->database();
        const QList<Body> bodies = storage::BodyRepository(database).all();
        app::PersonListModel people;
        people.reload(database);
        const auto merged =
            storage::BodyRepository(database).findByName(QStringLiteral("کارگروه اشتراک تجربیات"));
        const auto into = storage::BodyRepository(database).findByName(survivor);
        if (merged && into) {
            app::MergeBodyDialog dialog(database, *merged, bodies, people, &window);
            dialog.setInto(into->id);
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                std::fprintf(stderr, "the merge dialog was not shown\n");
            ok &= save(dialog,
                       output.filePath(QStringLiteral("merge") + suffix + QStringLiteral(".png")));
        }
    }
    window.showPage(app::MainWindow::DecisionsPage);
    ok &= save(window,
               output.filePath(QStringLiteral("follow-up") + suffix + QStringLiteral(".png")));
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
        // The second meeting of the leads' series (the newest): what the first deferred to it.
        window.openMeeting(meetings.first().id);
        tabs->setCurrentIndex(3);
        ok &= save(window, output.filePath(QStringLiteral("editor-carried-over") + suffix +
                                           QStringLiteral(".png")));
    }
    return ok ? 0 : 1;
}
