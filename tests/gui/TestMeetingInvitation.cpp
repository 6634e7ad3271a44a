// The meeting editor's "Export invitation (.ics)…": a planned meeting written for calendars (read
// back strictly), and the button off, saying why, once the meeting is held.
#include "GuiFixture.h"
#include "IcsReader.h"
#include "app/meetings/MeetingEditor.h"
#include "persian/JalaliDate.h"
#include "storage/AgendaItemRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

TEST_CASE("The editor exports a planned meeting's invitation for calendars")
{
    GuiFixture fixture;
    app::MainWindow& window = fixture.window();
    storage::Database& db = fixture.database();
    Meeting meeting;
    meeting.seriesId = fixture.series;
    meeting.date = QDate(2026, 12, 20);
    meeting.start = QTime(10, 0);
    meeting.end = QTime(11, 30);
    meeting.venue = QStringLiteral("تالار اجتماعات کتابخانه مرکزی");
    storage::MeetingRepository(db).insert(meeting);
    AgendaItem item{.meetingId = meeting.id, .title = QStringLiteral("ادغام دو کارگروه")};
    storage::AgendaItemRepository(db).insert(item);
    fixture.session().notifyChanged(session::Change::Meetings);

    app::MeetingEditor& editor = *window.meetingEditor();
    editor.openMeeting(meeting.id);
    auto* button = find<QPushButton>(editor, "invitationButton");
    REQUIRE(button->isEnabled());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("meeting.ics"));
    QString proposed;
    editor.setSaveFileChooser([&](const QString&, const QString& name, const QString&) {
        proposed = name;
        return path;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(proposed.endsWith(QStringLiteral(".ics")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const IcsParse parse = readIcs(file.readAll());
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    const IcsComponent* event = parse.calendar.component(QStringLiteral("VEVENT"));
    REQUIRE(event);
    CHECK(event->property(QStringLiteral("DTSTART"))->value == QStringLiteral("20261220T100000"));
    CHECK(event->property(QStringLiteral("LOCATION"))->text == meeting.venue);
    const QString description = event->property(QStringLiteral("DESCRIPTION"))->text;
    CHECK(description.contains(persian::formatDate(meeting.date)));
    CHECK(description.contains(item.title));

    // Held: the button is off and says why.
    Meeting held = *storage::MeetingRepository(db).find(meeting.id);
    held.status = MeetingStatus::Held;
    storage::MeetingRepository(db).update(held);
    fixture.session().notifyChanged(session::Change::Meetings, meeting.id);
    QTest::qWait(0);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains(QStringLiteral("held")));
}
