// `jalaseh export invitation` writes a planned meeting as an iCalendar file, read back strictly;
// `jalaseh search` finds the meeting by its date as typed.
#include "CommandRun.h"
#include "IcsReader.h"
#include "TestDatabases.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "support/QtCatchPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace jalaseh;

namespace {

// The demo database with the seed's meeting (1402/01/21) made a planned one again, its
// secretary and one invitee with an e-mail address.
struct PlannedMeeting
{
    QTemporaryDir dir;
    QString database = test::freshDatabaseAddress(dir, QStringLiteral("demo.jalaseh"));
    Id meeting = 0;
    QString firstAgendaItem;

    PlannedMeeting()
    {
        const CommandRun init = runJalaseh(
            {QStringLiteral("--db"), database, QStringLiteral("init"), QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        auto opened = storage::Database::open(database);
        REQUIRE(opened.database);
        storage::Database& db = *opened.database;
        for (const Meeting& one : storage::MeetingRepository(db).all()) {
            if (one.date == QDate(2023, 4, 10))
                meeting = one.id;
        }
        REQUIRE(meeting != 0);
        Meeting planned = *storage::MeetingRepository(db).find(meeting);
        planned.status = MeetingStatus::Planned;
        const auto attendance = storage::AttendanceRepository(db).ofMeeting(meeting);
        REQUIRE_FALSE(attendance.isEmpty());
        planned.secretaryId = attendance.first().personId;
        storage::MeetingRepository(db).update(planned);
        Person secretary = *storage::PersonRepository(db).find(*planned.secretaryId);
        secretary.email = QStringLiteral("secretariat@example.ac.ir");
        storage::PersonRepository(db).update(secretary);
        const auto agenda = storage::AgendaItemRepository(db).ofMeeting(meeting);
        REQUIRE_FALSE(agenda.isEmpty());
        firstAgendaItem = agenda.first().title;
    }

    CommandRun exportInvitation(const QStringList& options) const
    {
        return runJalaseh(QStringList{QStringLiteral("--db"), database, QStringLiteral("export"),
                                      QStringLiteral("invitation"), QString::number(meeting)} +
                          options);
    }
};

} // namespace

TEST_CASE("export invitation writes a planned meeting for calendars", "[cli]")
{
    const PlannedMeeting demo;
    const QString path = demo.dir.filePath(QStringLiteral("meeting.ics"));
    const CommandRun run = demo.exportInvitation({QStringLiteral("-o"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const test::IcsParse parse = test::readIcs(bytes);
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    const test::IcsComponent* event = parse.calendar.component(QStringLiteral("VEVENT"));
    REQUIRE(event);
    const test::IcsProperty* start = event->property(QStringLiteral("DTSTART"));
    REQUIRE(start);
    CHECK(start->value == QStringLiteral("20230410T120000"));
    CHECK(start->parameters.value(QStringLiteral("TZID")) == QStringLiteral("Asia/Tehran"));
    CHECK(event->property(QStringLiteral("LOCATION"))->text ==
          QStringLiteral("سامانه دانشگاه صنعتی شریف"));
    // The letter's facts: the Jalali date and the agenda.
    const QString description = event->property(QStringLiteral("DESCRIPTION"))->text;
    CHECK(description.contains(QStringLiteral("۱۴۰۲/۰۱/۲۱")));
    CHECK(description.contains(demo.firstAgendaItem));
    CHECK(event->property(QStringLiteral("ORGANIZER"))->value ==
          QStringLiteral("mailto:secretariat@example.ac.ir"));

    // To the standard output: the same event.
    const CommandRun printed = demo.exportInvitation({});
    REQUIRE(printed.exitCode == 0);
    const test::IcsParse again = test::readIcs(printed.out.toUtf8());
    INFO(again.error.toStdString());
    REQUIRE(again.ok());
    CHECK(again.calendar.component(QStringLiteral("VEVENT"))
              ->property(QStringLiteral("UID"))
              ->value == event->property(QStringLiteral("UID"))->value);
}

TEST_CASE("export invitation refuses a held meeting and an unknown one", "[cli]")
{
    const PlannedMeeting demo;
    {
        auto opened = storage::Database::open(demo.database);
        REQUIRE(opened.database);
        Meeting held = *storage::MeetingRepository(*opened.database).find(demo.meeting);
        held.status = MeetingStatus::Held;
        storage::MeetingRepository(*opened.database).update(held);
    }
    const QString path = demo.dir.filePath(QStringLiteral("held.ics"));
    const CommandRun refused = demo.exportInvitation({QStringLiteral("-o"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already been held")));
    CHECK_FALSE(QFile::exists(path));
    const CommandRun unknown =
        runJalaseh({QStringLiteral("--db"), demo.database, QStringLiteral("export"),
                    QStringLiteral("invitation"), QStringLiteral("9999")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("9999")));
}

TEST_CASE("search finds a meeting by its date typed any way", "[cli]")
{
    const PlannedMeeting demo;
    for (const QString& typed : {QStringLiteral("۱۴۰۲/۰۱/۲۱"), QStringLiteral("1402/1/21"),
                                 QStringLiteral("1402-01-21")}) {
        CAPTURE(typed);
        const CommandRun run =
            runJalaseh({QStringLiteral("--db"), demo.database, QStringLiteral("search"), typed,
                        QStringLiteral("--format"), QStringLiteral("tsv")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QList<QStringList> rows = tsvRows(run.out);
        REQUIRE_FALSE(rows.isEmpty());
        CHECK(rows.first().at(0) == QStringLiteral("meeting"));
        CHECK(rows.first().at(1) == QString::number(demo.meeting));
        CHECK(rows.first().at(3) == QStringLiteral("2023-04-10"));
    }
}
