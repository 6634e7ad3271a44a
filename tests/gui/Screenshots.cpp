// Saves screenshots of the main window's views, on a fresh database with the demo data, in the
// interface language given: gui_screenshots OUTPUT_FOLDER [fa|en]. Run under Xvfb or offscreen;
// the pictures go into the user guide (docs/screenshots) and are looked at for layout faults.
#include "app/AddWorkingGroupLeadsCommand.h"
#include "app/DatabaseOpener.h"
#include "app/DatabaseSession.h"
#include "app/InterfaceLanguage.h"
#include "app/MainWindow.h"
#include "app/MeetingEditor.h"
#include "app/MeetingsView.h"
#include "app/PasteAttendeesDialog.h"
#include "app/SettingsDialog.h"
#include "exchange/DemoData.h"
#include "storage/AttendanceRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace jalaseh;

namespace {

bool save(QWidget& widget, const QString& file)
{
    QTest::qWait(80);
    if (!widget.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

void selectRow(QWidget& window, const char* table, int row)
{
    if (auto* view = window.findChild<QTableView*>(QString::fromLatin1(table)))
        view->setCurrentIndex(view->model()->index(row, 0));
}

// A logo drawn for the pictures: the network's initials in a circle.
const char* const logoSvg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">
<circle cx="100" cy="100" r="92" fill="#0b5d7a"/>
<circle cx="100" cy="100" r="70" fill="none" stroke="#ffffff" stroke-width="6"/>
<rect x="62" y="70" width="76" height="60" rx="6" fill="#ffffff"/>
<line x1="100" y1="70" x2="100" y2="130" stroke="#0b5d7a" stroke-width="5"/>
</svg>)";

// The seed's attendee sentence, as its author typed it (Arabic kaf and yeh, no ZWNJ).
const char* const seedAttendees =
    "در این نشست، علاوه بر راهبران کارگروهها (سركار خانمها دكتر درخوش، عبدالله پور، صادقي و "
    "جناب آقايان دكتر طاهري، دكتر اميني نسب، عاطفي ملكي، حسيني)، جناب آقاي دكتر حاجي "
    "زينالعابديني به عنوان مهمان مدعو و اعضای کمیته راهبری (سركارخانمها دکتر غزنوی، دکتر رقابی، "
    "عتیقه چیان، فاضل و فرجامی) حضور داشتند.";

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
    const auto file = [&](const QString& name) {
        return output.filePath(name + suffix + QStringLiteral(".png"));
    };
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
    app::DatabaseSession& session = *window.session();

    bool ok = save(window, file(QStringLiteral("meetings")));
    window.showPage(app::MainWindow::PeoplePage);
    ok &= save(window, file(QStringLiteral("people")));
    window.showPage(app::MainWindow::BodiesPage);
    ok &= save(window, file(QStringLiteral("bodies")));
    window.showPage(app::MainWindow::DecisionsPage);
    ok &= save(window, file(QStringLiteral("decisions")));
    if (!meetings.isEmpty()) {
        // The seed meeting: the oldest of the demo's first series.
        window.openMeeting(meetings.last().id);
        app::MeetingEditor& editor = *window.meetingEditor();
        const QStringList names{
            QStringLiteral("editor-details"),   QStringLiteral("editor-attendance"),
            QStringLiteral("editor-agenda"),    QStringLiteral("editor-contributions"),
            QStringLiteral("editor-proposals"), QStringLiteral("editor-decisions")};
        for (int tab = 0; tab < names.size(); ++tab) {
            editor.showTab(tab);
            if (tab == app::MeetingEditor::AttendanceTab)
                selectRow(window, "attendanceTable", 1);
            if (tab == app::MeetingEditor::AgendaTab)
                selectRow(window, "agendaTable", 0);
            if (tab == app::MeetingEditor::ContributionsTab)
                selectRow(window, "contributionTable", 3);
            if (tab == app::MeetingEditor::ProposalsTab)
                selectRow(window, "proposalTable", 4); // the merger, with its two backers
            ok &= save(window, file(names[tab]));
        }

        // The paste dialog on a new meeting that lists the working-group leads already.
        window.newMeeting();
        const Id fresh = editor.meetingId();
        session.perform(new app::AddWorkingGroupLeadsCommand(session, fresh, AttendanceRole::Lead,
                                                             QStringLiteral("leads")));
        QSet<Id> attending;
        for (const Attendance& row :
             storage::AttendanceRepository(session.database()).ofMeeting(fresh))
            attending.insert(row.personId);
        app::PasteAttendeesDialog paste(session.database(), attending, &window);
        paste.setText(QString::fromUtf8(seedAttendees));
        paste.show();
        ok &= save(paste, file(QStringLiteral("paste-attendees")));
        paste.hide();
    }

    app::SettingsDialog settings(&window);
    settings.setOrganisation(storage::SettingsRepository(session.database()).organisation(), true);
    const QString logo = folder.filePath(QStringLiteral("logo.svg"));
    QFile logoFile(logo);
    if (logoFile.open(QIODevice::WriteOnly))
        logoFile.write(logoSvg);
    logoFile.close();
    if (!settings.chooseLogoFile(logo))
        std::fprintf(stderr, "logo: %s\n", qPrintable(settings.logoProblem()));
    settings.show();
    ok &= save(settings, file(QStringLiteral("settings")));
    return ok ? 0 : 1;
}
