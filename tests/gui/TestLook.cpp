// How the window looks on the desktop: its icons (the desktop's theme, else the bundled set, drawn
// light on a dark palette), the ones that point a way mirrored right to left, the toolbar of the
// common actions, and the print preview of the minutes' real pages.
#include "GuiFixture.h"
#include "app/common/Icons.h"
#include "app/common/PrintPreview.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MinutesDialog.h"
#include "documents/MinutesSource.h"
#include "report/MinutesDocument.h"
#include "storage/AttendanceRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QListWidget>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

QImage imageOf(const QIcon& icon)
{
    return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
}

QAction* toolBarAction(app::MainWindow& window, const char* name)
{
    for (QAction* action : window.toolBar()->actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    INFO("toolbar action " << name);
    FAIL("not on the toolbar");
    return nullptr;
}

void click(app::MainWindow& window, const char* name)
{
    QAction* action = toolBarAction(window, name);
    auto* button = qobject_cast<QToolButton*>(window.toolBar()->widgetForAction(action));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The lightness of the icon's drawn (opaque) pixels, on average.
int inkLightness(const QImage& image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > 200) {
                sum += colour.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}

Id addMeeting(GuiFixture& fixture)
{
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.number = 7;
    meeting.date = QDate(2023, 4, 10);
    meeting.venue = QStringLiteral("سامانه دانشگاه صنعتی شریف");
    storage::MeetingRepository(fixture.database()).insert(meeting);
    storage::AttendanceRepository(fixture.database())
        .addBodyMembers(meeting.id, fixture.workingGroup, AttendanceRole::Lead);
    return meeting.id;
}

} // namespace

TEST_CASE("The toolbar holds the common actions, each with an icon and its key in the tip")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    QToolBar* toolBar = window.toolBar();
    REQUIRE(toolBar);
    CHECK(toolBar->objectName() == QStringLiteral("mainToolBar"));
    CHECK(toolBar->isVisible());
    for (const char* name : {"newMeetingAction", "undoAction", "redoAction", "minutesAction",
                             "searchEverythingAction"}) {
        INFO(name);
        QAction* action = toolBarAction(window, name);
        CHECK_FALSE(action->icon().isNull());
        CHECK_FALSE(imageOf(action->icon()).isNull());
    }
    CHECK(toolBarAction(window, "newMeetingAction")->toolTip() ==
          QStringLiteral("New meeting (Ctrl+N)"));
    // Every view in the side list has its icon.
    auto* navigation = find<QListWidget>(window, "navigation");
    for (int row = 0; row < navigation->count(); ++row) {
        INFO(navigation->item(row)->text().toStdString());
        CHECK_FALSE(navigation->item(row)->icon().isNull());
    }
}

TEST_CASE("New meeting, undo and redo from the toolbar")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    storage::MeetingRepository meetings(fixture.database());
    const qsizetype before = meetings.all().size();

    click(window, "newMeetingAction");
    CHECK(window.currentPage() == app::MainWindow::MeetingEditorPage);
    const Id made = window.meetingEditor()->meetingId();
    CHECK(made != 0);
    CHECK(meetings.all().size() == before + 1);
    // The undo button names what it undoes.
    CHECK(toolBarAction(window, "undoAction")->toolTip().contains(QStringLiteral("New meeting")));

    click(window, "undoAction");
    CHECK(meetings.all().size() == before);
    click(window, "redoAction");
    CHECK(meetings.all().size() == before + 1);
}

TEST_CASE("The minutes button of the toolbar opens the minutes of the meeting in sight")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    const Id meeting = addMeeting(fixture);
    window.openMeeting(meeting);
    CHECK(window.meetingInSight() == meeting);
    Id asked = 0;
    QObject::connect(&window, &app::MainWindow::minutesRequested, &window,
                     [&](Id id) { asked = id; });
    bool opened = false;
    whenDialogOpens([&](QDialog* dialog) {
        opened = qobject_cast<app::MinutesDialog*>(dialog) != nullptr;
        dialog->reject();
    });
    click(window, "minutesAction");
    CHECK(asked == meeting);
    CHECK(opened);
}

TEST_CASE("Icons that point a way are mirrored right to left, the others are not")
{
    app::icons::setUp();
    const QImage undo = imageOf(app::icons::named(QStringLiteral("edit-undo")));
    REQUIRE_FALSE(undo.isNull());
    // Undo's arrow is not its own mirror image, or the test would prove nothing.
    REQUIRE(undo != undo.mirrored(true, false));

    // The tests run right to left, as the Persian interface does.
    REQUIRE(QGuiApplication::isRightToLeft());
    CHECK(imageOf(app::icons::pointing(QStringLiteral("edit-undo"))) == undo.mirrored(true, false));
    const QImage search = imageOf(app::icons::named(QStringLiteral("system-search")));
    CHECK(imageOf(app::icons::named(QStringLiteral("system-search"))) == search);

    // The window's own undo button, made right to left, and one made left to right.
    {
        app::MainWindow window;
        CHECK(imageOf(toolBarAction(window, "undoAction")->icon()) == undo.mirrored(true, false));
        CHECK(imageOf(toolBarAction(window, "redoAction")->icon()) ==
              imageOf(app::icons::named(QStringLiteral("edit-redo"))).mirrored(true, false));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    {
        app::MainWindow window;
        CHECK(imageOf(toolBarAction(window, "undoAction")->icon()) == undo);
    }
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

TEST_CASE("Without a desktop theme the bundled icons stand in, drawn light on a dark palette")
{
    app::icons::setUp();
    // The offscreen platform has no icon theme of its own.
    CHECK(QIcon::themeName() == QStringLiteral("jalaseh"));
    const int onLight = inkLightness(imageOf(app::icons::named(QStringLiteral("document-new"))));
    CHECK(onLight >= 0);
    CHECK(onLight < 100);

    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    app::icons::setUp();
    CHECK(QIcon::themeName() == QStringLiteral("jalaseh-dark"));
    CHECK(inkLightness(imageOf(app::icons::named(QStringLiteral("document-new")))) > 180);

    QApplication::setPalette(light);
    app::icons::setUp();
    CHECK(QIcon::themeName() == QStringLiteral("jalaseh"));
}

TEST_CASE("The print preview of the minutes shows the pages the PDF has")
{
    GuiFixture fixture;
    const Id meeting = addMeeting(fixture);
    app::MinutesDialog dialog(fixture.database(), meeting);
    REQUIRE(dialog.problem().isEmpty());

    // The pages the PDF writer paints, for the same document.
    auto minutes = documents::MinutesSource::load(fixture.database(), meeting);
    REQUIRE(minutes);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pdfPages = 0;
    {
        QPdfWriter pdf(&buffer);
        pdfPages = minutes->render(dialog.style()).paintPages(pdf);
    }
    REQUIRE(pdfPages > 0);

    std::unique_ptr<QPrintPreviewDialog> preview = dialog.printPreview();
    REQUIRE(preview);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    CHECK(app::PrintPreview::pageCount(*preview) == pdfPages);
    CHECK(preview->printer()->pageLayout().orientation() == QPageLayout::Portrait);
    CHECK(preview->printer()->pageLayout().pageSize().id() == QPageSize::A4);

    // Page set-up: on landscape paper the pages are painted again, for that page.
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages);
    pages->setLandscapeOrientation();
    pages->updatePreview();
    CHECK(preview->printer()->pageLayout().orientation() == QPageLayout::Landscape);
    CHECK(pages->pageCount() > 0);
    preview->close();
}
