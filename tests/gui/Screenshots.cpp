// Saves screenshots of the main window's views, on a fresh database with the demo data, in the
// interface language given: gui_screenshots OUTPUT_FOLDER [fa|en] [--dark|--scaled|--server]. Run
// under Xvfb or offscreen; the pictures go into the user guide (docs/screenshots) and are looked at
// for layout faults. --dark takes a few views in a dark palette (Fusion's, as a dark desktop
// gives); --scaled a few at the scale the environment sets (QT_SCALE_FACTOR=2 for 200%); --server
// the pictures of working together on a server, on a PostgreSQL server of its own
// (ServerScreenshots.cpp; PostgreSQL 15 installed, as for the tests).
#include "ServerScreenshots.h"
#include "app/attendance/AttendanceView.h"
#include "app/bodies/BodiesView.h"
#include "app/bodies/MergeBodyDialog.h"
#include "app/calendar/CalendarView.h"
#include "app/home/HomeView.h"
#include "app/meetings/HistoryDialog.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsView.h"
#include "app/meetings/PasteAttendeesDialog.h"
#include "app/shell/DatabaseOpener.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/MainWindow.h"
#include "app/shell/SearchDialog.h"
#include "app/shell/ServerDialog.h"
#include "app/shell/SettingsDialog.h"
#include "exchange/DemoData.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"
#include "session/commands/AddWorkingGroupLeadsCommand.h"
#include "session/models/ActivityTableModel.h"
#include "session/models/BodyListModel.h"
#include "session/models/PersonListModel.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "synthetic/SyntheticDatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
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

Id personNamed(storage::Database& database, const char* family)
{
    const QList<Person> found =
        storage::PersonRepository(database).findByName(QString::fromUtf8(family), QString());
    return found.isEmpty() ? 0 : found.first().id;
}

Id seriesNamed(storage::Database& database, const char* name)
{
    storage::MeetingSeriesRepository repository(database);
    if (const auto series = repository.findByName(QString::fromUtf8(name)))
        return series->id;
    MeetingSeries series;
    series.name = QString::fromUtf8(name);
    return repository.insert(series);
}

struct Planned
{
    const char* series;
    QDate date;
    QTime start;
    QTime end;
    MeetingMode mode;
    const char* venue;
    const char* chair;
    QList<const char*> attendees;
};

// A month of the network's planned meetings around the demo's, with clashes: a working group
// in the committee's room with one of its members at the same hour (the venue typed with Arabic
// letters), a chair expected in two meetings at once, and a meeting without a time.
void planMeetings(storage::Database& database)
{
    const QList<Planned> plans{
        {"جلسه کارگروه منابع الکترونیک",
         QDate(2023, 4, 24),
         QTime(11, 0),
         QTime(12, 30),
         MeetingMode::InPerson,
         "كتابخانه مركزي دانشگاه صنعتی شریف، اتاق جلسات",
         "درخوش",
         {"رقابی", "احمدی"}},
        {"جلسه کارگروه فهرست‌نویسی",
         QDate(2023, 5, 1),
         QTime(9, 0),
         QTime(10, 30),
         MeetingMode::Online,
         "اسکای‌روم",
         "عبدالله‌پور",
         {"موسوی"}},
        {"جلسه کارگروه کتابخانه دیجیتال",
         QDate(2023, 5, 8),
         QTime(14, 0),
         QTime(15, 30),
         MeetingMode::Hybrid,
         "دانشکده مهندسی کامپیوتر، اتاق ۲۰۴",
         "طاهری",
         {"رستمی"}},
        {"جلسه کارگروه فهرست‌نویسی",
         QDate(2023, 5, 8),
         QTime(14, 30),
         QTime(16, 0),
         MeetingMode::Online,
         "اسکای‌روم",
         "عبدالله‌پور",
         {"موسوی", "طاهری"}},
        {"جلسه کارگروه مرجع",
         QDate(2023, 5, 9),
         QTime(10, 0),
         QTime(12, 0),
         MeetingMode::InPerson,
         "کتابخانه مرکزی دانشگاه تهران",
         "صادقی",
         {"جعفری"}},
        {"جلسه کارگروه منابع الکترونیک",
         QDate(2023, 5, 10),
         QTime(9, 30),
         QTime(11, 0),
         MeetingMode::Online,
         "اسکای‌روم",
         "درخوش",
         {"کریمی"}},
        {"جلسه کارگروه آموزش",
         QDate(2023, 5, 10),
         QTime(13, 0),
         QTime(14, 0),
         MeetingMode::InPerson,
         "دانشکده مدیریت",
         "امینی‌نسب",
         {}},
        {"نشست راهبران کارگروه‌ها",
         QDate(2023, 5, 10),
         QTime(),
         QTime(),
         MeetingMode::InPerson,
         "دانشکده مدیریت",
         "امینی‌نسب",
         {"طاهری"}},
        {"جلسه کمیته راهبری",
         QDate(2023, 5, 17),
         QTime(),
         QTime(),
         MeetingMode::InPerson,
         "کتابخانه مرکزی دانشگاه صنعتی شریف، اتاق جلسات",
         "غزنوی",
         {"فرجامی"}},
        {"جلسه کارگروه منابع الکترونیک",
         QDate(2023, 5, 17),
         QTime(10, 0),
         QTime(11, 0),
         MeetingMode::Online,
         "اسکای‌روم",
         "درخوش",
         {"غزنوی"}},
        {"جلسه کارگروه ارزیابی",
         QDate(2023, 5, 20),
         QTime(8, 30),
         QTime(10, 0),
         MeetingMode::InPerson,
         "دانشگاه علامه طباطبایی",
         "حسینی",
         {"یزدانی"}},
    };
    for (const Planned& plan : plans) {
        Meeting meeting;
        meeting.seriesId = seriesNamed(database, plan.series);
        meeting.date = plan.date;
        meeting.start = plan.start;
        meeting.end = plan.end;
        meeting.mode = plan.mode;
        meeting.venue = QString::fromUtf8(plan.venue);
        if (const Id chair = personNamed(database, plan.chair))
            meeting.chairId = chair;
        storage::MeetingRepository(database).insert(meeting);
        for (const char* name : plan.attendees) {
            Attendance attendance;
            attendance.meetingId = meeting.id;
            attendance.personId = personNamed(database, name);
            if (attendance.personId)
                storage::AttendanceRepository(database).insert(attendance);
        }
    }
}

// Selects the body named `name` in the bodies view, so that its members and lineage show.
void selectBody(app::BodiesView& view, const QString& name)
{
    auto* table = view.findChild<QTableView*>(QStringLiteral("table"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, session::BodyListModel::NameColumn).data() == name)
            table->setCurrentIndex(table->model()->index(row, 0));
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

// A dark palette as a dark desktop theme gives Qt (Fusion's colours, as KDE's Breeze Dark).
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x7f, 0x8c, 0x8d);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    dark.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x22, 0x25, 0x28));
    dark.setColor(QPalette::Dark, QColor(0x19, 0x1b, 0x1d));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, text);
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

// The pictures of the window's look: a dark palette (`prefix` "dark") or a large scale
// ("scaled"), on the demo database.
bool lookShots(app::MainWindow& window, const QList<Meeting>& meetings, const QDir& output,
               const QString& prefix, const QString& suffix)
{
    const auto name = [&](const char* view) {
        return output.filePath(prefix + QLatin1Char('-') + QLatin1String(view) + suffix +
                               QStringLiteral(".png"));
    };
    bool ok = save(window, name("meetings"));
    window.showPage(app::MainWindow::DecisionsPage);
    ok &= save(window, name("follow-up"));
    if (!meetings.isEmpty()) {
        window.openMeeting(meetings.last().id);
        window.meetingEditor()->showTab(app::MeetingEditor::AttendanceTab);
        selectRow(window, "attendanceTable", 1);
        ok &= save(window, name("editor-attendance"));
    }
    planMeetings(window.session()->database());
    app::CalendarView* calendar = window.calendarView();
    calendar->setToday(QDate(2023, 5, 8));
    window.showPage(app::MainWindow::CalendarPage);
    calendar->reload();
    calendar->setSelectedDate(QDate(2023, 5, 8));
    ok &= save(window, name("calendar-month"));
    window.showPage(app::MainWindow::AttendancePage);
    app::AttendanceView* attendance = window.attendanceView();
    attendance->setToday(persian::JalaliDate::fromYmd(1402, 12, 10).toGregorian());
    attendance->setPeriod(persian::JalaliDate::fromYmd(1402, 1, 1).toGregorian(),
                          persian::JalaliDate::fromYmd(1402, 12, 29).toGregorian());
    ok &= save(window, name("attendance-matrix"));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    // The network's clock for the server's pictures (the time someone else changed a row),
    // whatever the machine's; before Qt reads it.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--server") == 0)
            qputenv("TZ", "Asia/Tehran");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JalasehScreenshots"));
    QApplication::setApplicationName(QStringLiteral("jalaseh"));
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: gui_screenshots OUTPUT_FOLDER [fa|en] "
                             "[--dark|--scaled|--server]\n");
        return 2;
    }
    const QDir output(arguments[1]);
    const bool english = arguments.size() > 2 && arguments[2] == QLatin1String("en");
    const bool dark = arguments.contains(QLatin1String("--dark"));
    const bool scaled = arguments.contains(QLatin1String("--scaled"));
    if (dark)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString suffix = english ? QStringLiteral("-en") : QStringLiteral("-fa");
    app::InterfaceLanguage::apply(application, english ? app::InterfaceLanguage::Language::English
                                                       : app::InterfaceLanguage::Language::Persian);
    if (dark)
        QApplication::setPalette(darkPalette());
    if (arguments.contains(QLatin1String("--server")))
        return test::serverScreenshots(output, english);

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
    window.setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");

    // The window opens on the desk; the meetings list is a click away.
    window.showPage(app::MainWindow::MeetingsPage);
    if (dark || scaled)
        return lookShots(window, meetings, output,
                         dark ? QStringLiteral("dark") : QStringLiteral("scaled"), suffix)
                   ? 0
                   : 1;
    bool ok =
        save(window, output.filePath(QStringLiteral("meetings") + suffix + QStringLiteral(".png")));
    ok &= save(*window.toolBar(),
               output.filePath(QStringLiteral("toolbar") + suffix + QStringLiteral(".png")));
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
        session::PersonListModel people;
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
            ok &= save(window, output.filePath(names[tab] + suffix + QStringLiteral(".png")));
        }
        // The second meeting of the leads' series (the newest): what the first deferred to it.
        window.openMeeting(meetings.first().id);
        editor.showTab(app::MeetingEditor::DecisionsTab);
        ok &= save(window, output.filePath(QStringLiteral("editor-carried-over") + suffix +
                                           QStringLiteral(".png")));

        // The paste dialog on a new meeting that lists the working-group leads already.
        session::DatabaseSession& session = *window.session();
        window.newMeeting();
        const Id fresh = editor.meetingId();
        session.perform(new session::AddWorkingGroupLeadsCommand(
            session, fresh, AttendanceRole::Lead, QStringLiteral("leads")));
        QSet<Id> attending;
        for (const Attendance& row :
             storage::AttendanceRepository(session.database()).ofMeeting(fresh))
            attending.insert(row.personId);
        app::PasteAttendeesDialog paste(session, attending, &window);
        paste.setText(QString::fromUtf8(seedAttendees));
        paste.show();
        ok &= save(paste, output.filePath(QStringLiteral("paste-attendees") + suffix +
                                          QStringLiteral(".png")));
        paste.hide();
        session.undoStack()->undo();
        session.undoStack()->undo();

        // The history of that new meeting: made, the leads added, then taken out by undo.
        app::HistoryDialog history(session, app::HistoryDialog::Of::Meeting, fresh, &window);
        history.show();
        ok &= save(history,
                   output.filePath(QStringLiteral("history") + suffix + QStringLiteral(".png")));
        history.hide();

        // Search everything, typed as the seed's author types: Arabic kaf, no ZWNJ.
        app::SearchDialog search(session, &window);
        search.setQuery(QStringLiteral("كارگروهها"));
        search.show();
        ok &= save(search, output.filePath(QStringLiteral("search-everything") + suffix +
                                           QStringLiteral(".png")));
        search.hide();
    }

    // The calendar, on a month of planned meetings with clashes; "today" fixed so that the
    // pictures do not depend on the day they are taken.
    planMeetings(window.session()->database());
    app::CalendarView* calendar = window.calendarView();
    calendar->setToday(QDate(2023, 5, 8));
    window.showPage(app::MainWindow::CalendarPage);
    calendar->reload();
    calendar->setSelectedDate(QDate(2023, 5, 8));
    ok &= save(window,
               output.filePath(QStringLiteral("calendar-month") + suffix + QStringLiteral(".png")));
    calendar->setSpan(session::CalendarModel::Span::Week);
    ok &= save(window,
               output.filePath(QStringLiteral("calendar-week") + suffix + QStringLiteral(".png")));
    // The desk on the same Monday: the month's planned meetings ahead, the demo's follow-ups.
    window.homeView()->setToday(QDate(2023, 5, 8));
    window.showPage(app::MainWindow::HomePage);
    window.homeView()->reload();
    ok &= save(window, output.filePath(QStringLiteral("home") + suffix + QStringLiteral(".png")));
    // The editor of a meeting that clashes, with its warning.
    const QList<session::CalendarItem>& monday = calendar->model()->itemsOn(QDate(2023, 5, 8));
    if (!monday.isEmpty()) {
        window.openMeeting(monday.first().meetingId());
        ok &= save(window, output.filePath(QStringLiteral("editor-clash") + suffix +
                                           QStringLiteral(".png")));
    }

    // Attendance review on a generated network of three years (1401 to 1403), richer than the
    // demo's three meetings; "today" late in 1403, as if the network were recording now.
    auto network =
        storage::Database::open(folder.filePath(QStringLiteral("network.jalaseh")), options);
    if (!network.database) {
        std::fprintf(stderr, "%s\n", qPrintable(network.message));
        return 1;
    }
    synthetic::SyntheticSize size;
    size.years = 3;
    size.people = 600;
    size.bodies = 18;
    size.meetings = 1500;
    size.attendance = 30000;
    size.contributions = 15000;
    size.decisions = 15000;
    size.proposals = 3000;
    size.actionItems = 3000;
    synthetic::generateSynthetic(*network.database, size, 1402);
    Id group = 0;
    for (const Body& body : storage::BodyRepository(*network.database).all())
        if (body.kind == BodyKind::WorkingGroup && body.active && !body.isMerged() && !group)
            group = body.id;
    window.setSession(std::make_unique<session::DatabaseSession>(std::move(network.database)));
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
    settings.setOrganisation(
        storage::SettingsRepository(window.session()->database()).organisation(), true);
    settings.setReviewRules({}, true);
    const QString logo = folder.filePath(QStringLiteral("logo.svg"));
    QFile logoFile(logo);
    if (logoFile.open(QIODevice::WriteOnly))
        logoFile.write(logoSvg);
    logoFile.close();
    if (!settings.chooseLogoFile(logo))
        std::fprintf(stderr, "logo: %s\n", qPrintable(settings.logoProblem()));
    settings.show();
    ok &= save(settings,
               output.filePath(QStringLiteral("settings") + suffix + QStringLiteral(".png")));
    settings.hide();
    app::ServerDialog server(&window);
    server.setAddress(
        QStringLiteral("postgresql://secretary@db.example.org/jalaseh?sslmode=require"));
    server.show();
    ok &= save(server, output.filePath(QStringLiteral("server") + suffix + QStringLiteral(".png")));
    return ok ? 0 : 1;
}
