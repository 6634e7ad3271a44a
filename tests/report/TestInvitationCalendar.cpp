// The invitation as an iCalendar file, read back by a strict reader (IcsReader): the time in
// Asia/Tehran with its VTIMEZONE, the letter's text, folding that never splits a character.
#include "IcsReader.h"
#include "SeedMeeting.h"
#include "report/InvitationCalendar.h"
#include "report/ReportError.h"

#include <QStringDecoder>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;
using report::InvitationCalendar;

namespace {

const QDateTime stamp(QDate(2026, 12, 7), QTime(10, 15, 30), Qt::UTC);

MeetingRecord plannedSeedMeeting()
{
    MeetingRecord record = seedMeeting();
    record.meeting.status = MeetingStatus::Planned;
    return record;
}

IcsComponent eventOf(const QByteArray& file)
{
    const IcsParse parse = readIcs(file);
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    const IcsComponent* event = parse.calendar.component(QStringLiteral("VEVENT"));
    REQUIRE(event);
    return *event;
}

QString textOf(const IcsComponent& component, const char* name)
{
    const IcsProperty* property = component.property(QLatin1String(name));
    return property ? property->text : QString();
}

} // namespace

TEST_CASE("An invitation is one event at the meeting's time in Tehran")
{
    const MeetingRecord record = plannedSeedMeeting();
    const QString letter = QStringLiteral(
        "با سلام و احترام،\nتاریخ: دوشنبه ۱۴۰۲/۰۱/۲۱\nدستور جلسه:\n۱. ادغام، تجمیع; و \\ بررسی");
    const QByteArray file =
        InvitationCalendar::write(record, seedOrganisation(false), letter, stamp);
    const IcsParse parse = readIcs(file);
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    CHECK(parse.calendar.property(QStringLiteral("METHOD")) == nullptr);
    CHECK(parse.calendar.components.size() == 2); // the time zone and the event

    const IcsComponent event = eventOf(file);
    const IcsProperty* start = event.property(QStringLiteral("DTSTART"));
    REQUIRE(start);
    CHECK(start->parameters.value(QStringLiteral("TZID")) == QStringLiteral("Asia/Tehran"));
    CHECK(start->value == QStringLiteral("20230410T120000"));
    CHECK(event.property(QStringLiteral("DTEND"))->value == QStringLiteral("20230410T132000"));
    CHECK(textOf(event, "DTSTAMP") == QStringLiteral("20261207T101530Z"));
    CHECK(textOf(event, "SUMMARY") == record.series.name);
    CHECK(textOf(event, "LOCATION") == record.meeting.venue);
    CHECK(textOf(event, "DESCRIPTION") == letter); // escaped and unfolded back exactly

    // Iran has kept +03:30 since 1401/06/31: one standard observance, from that day.
    const IcsComponent* zone = parse.calendar.component(QStringLiteral("VTIMEZONE"));
    REQUIRE(zone);
    CHECK(textOf(*zone, "TZID") == QStringLiteral("Asia/Tehran"));
    REQUIRE(zone->components.size() == 1);
    const IcsComponent& standard = zone->components.first();
    CHECK(standard.name == QStringLiteral("STANDARD"));
    CHECK(textOf(standard, "TZOFFSETTO") == QStringLiteral("+0330"));
    CHECK(textOf(standard, "TZOFFSETFROM") == QStringLiteral("+0430"));
    CHECK(textOf(standard, "DTSTART") == QStringLiteral("20220922T000000"));
}

TEST_CASE("An invitation during Iran's daylight saving time carries that observance")
{
    MeetingRecord record = plannedSeedMeeting();
    record.meeting.date = QDate(2021, 6, 7); // ۱۴۰۰/۰۳/۱۷
    const QByteArray file = InvitationCalendar::write(record, seedOrganisation(false), {}, stamp);
    const IcsParse parse = readIcs(file);
    INFO(parse.error.toStdString());
    REQUIRE(parse.ok());
    const IcsComponent* zone = parse.calendar.component(QStringLiteral("VTIMEZONE"));
    REQUIRE(zone);
    REQUIRE(zone->components.size() == 1);
    const IcsComponent& daylight = zone->components.first();
    CHECK(daylight.name == QStringLiteral("DAYLIGHT"));
    CHECK(textOf(daylight, "TZOFFSETTO") == QStringLiteral("+0430"));
    CHECK(textOf(daylight, "TZOFFSETFROM") == QStringLiteral("+0330"));
    CHECK(textOf(daylight, "DTSTART") == QStringLiteral("20210322T000000"));
    CHECK(eventOf(file).property(QStringLiteral("DESCRIPTION")) == nullptr);
}

TEST_CASE("An invitation's UID is the same for every file of one meeting")
{
    MeetingRecord record = plannedSeedMeeting();
    const Organisation organisation = seedOrganisation(false);
    const QString uid =
        textOf(eventOf(InvitationCalendar::write(record, organisation, {}, stamp)), "UID");
    CHECK(uid.startsWith(QStringLiteral("meeting-1-")));
    record.meeting.start = QTime(14, 0); // moved: the same event, a later sequence
    record.meeting.end = QTime(15, 0);
    record.meeting.version.number = 3;
    const IcsComponent moved =
        eventOf(InvitationCalendar::write(record, organisation, {}, stamp.addDays(1)));
    CHECK(textOf(moved, "UID") == uid);
    CHECK(textOf(moved, "SEQUENCE") == QStringLiteral("2"));
    record.meeting.id = 2;
    CHECK(InvitationCalendar::uid(record, organisation) != uid);
    Organisation other = organisation;
    other.name = QStringLiteral("انجمن کتابداری");
    record.meeting.id = 1;
    CHECK(InvitationCalendar::uid(record, other) != uid);
}

TEST_CASE("Invitees with an e-mail address are attendees of the secretary's event")
{
    MeetingRecord record = plannedSeedMeeting();
    const Organisation organisation = seedOrganisation(false);
    // Nobody has an address: no organizer, no attendees (the letter still names them).
    IcsComponent event = eventOf(InvitationCalendar::write(record, organisation, {}, stamp));
    CHECK(event.property(QStringLiteral("ORGANIZER")) == nullptr);
    CHECK(event.all(QStringLiteral("ATTENDEE")).isEmpty());

    record.meeting.secretaryId = seed::reghabi;
    record.people[seed::reghabi].email = QStringLiteral("reghabi@example.ac.ir");
    record.people[seed::darkhosh].email = QStringLiteral(" darkhosh@example.ac.ir ");
    record.people[seed::fazel].email = QStringLiteral("not an address");
    event = eventOf(InvitationCalendar::write(record, organisation, {}, stamp));
    const IcsProperty* organizer = event.property(QStringLiteral("ORGANIZER"));
    REQUIRE(organizer);
    CHECK(organizer->value == QStringLiteral("mailto:reghabi@example.ac.ir"));
    CHECK(organizer->parameters.value(QStringLiteral("CN")) ==
          record.people[seed::reghabi].fullName());
    QStringList attendees;
    for (const IcsProperty& attendee : event.all(QStringLiteral("ATTENDEE"))) {
        attendees.append(attendee.value);
        CHECK_FALSE(attendee.parameters.value(QStringLiteral("CN")).isEmpty());
        CHECK(attendee.parameters.value(QStringLiteral("PARTSTAT")) ==
              QStringLiteral("NEEDS-ACTION"));
    }
    attendees.sort();
    CHECK(attendees == QStringList{QStringLiteral("mailto:darkhosh@example.ac.ir"),
                                   QStringLiteral("mailto:reghabi@example.ac.ir")});
}

TEST_CASE("An invitation is refused for a held meeting and one without a time")
{
    MeetingRecord record = seedMeeting(); // held
    const Organisation organisation = seedOrganisation(false);
    CHECK_FALSE(InvitationCalendar::refusal(record.meeting).isEmpty());
    CHECK_THROWS_AS(InvitationCalendar::write(record, organisation, {}, stamp),
                    report::ReportError);
    record.meeting.status = MeetingStatus::MinutesApproved;
    CHECK_THROWS_AS(InvitationCalendar::write(record, organisation, {}, stamp),
                    report::ReportError);
    record.meeting.status = MeetingStatus::Planned;
    record.meeting.start = {};
    record.meeting.end = {};
    CHECK_THROWS_AS(InvitationCalendar::write(record, organisation, {}, stamp),
                    report::ReportError);
    // A start without an end: the event has no DTEND (it ends as it starts).
    record.meeting.start = QTime(9, 30);
    const IcsComponent event = eventOf(InvitationCalendar::write(record, organisation, {}, stamp));
    CHECK(textOf(event, "DTSTART") == QStringLiteral("20230410T093000"));
    CHECK(event.property(QStringLiteral("DTEND")) == nullptr);
}

TEST_CASE("TEXT is escaped as RFC 5545 says")
{
    CHECK(InvitationCalendar::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf")) ==
          QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf"));
    CHECK(InvitationCalendar::escapeText(QStringLiteral("بند ۱، بند ۲؛ پایان")) ==
          QStringLiteral("بند ۱، بند ۲؛ پایان")); // Persian punctuation is no syntax
    CHECK(InvitationCalendar::escapeText(QStringLiteral("a\x01"
                                                        "b\tc")) == QStringLiteral("ab\tc"));
}

TEST_CASE("Folding keeps lines within 75 octets and never splits a character")
{
    // One-, two-, three- and four-byte characters after every number of ASCII bytes, so that a
    // fold falls inside each kind of character somewhere.
    const QString characters = QStringLiteral("aجلسه€😀") + QString(40, QChar(u'ی'));
    for (int lead = 0; lead < 80; ++lead) {
        const QByteArray line = QByteArray(lead, 'x') + characters.toUtf8() + characters.toUtf8();
        const QByteArray folded = InvitationCalendar::foldLine(line);
        REQUIRE(folded.endsWith("\r\n"));
        QByteArray unfolded;
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical[i];
            if (i + 1 < physical.size()) {
                REQUIRE(part.endsWith('\r'));
                part.chop(1);
            }
            INFO("lead " << lead << " line " << i);
            CHECK(part.size() <= 75);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            decoder.decode(part);
            CHECK_FALSE(decoder.hasError());
            if (i > 0) {
                REQUIRE(part.startsWith(' '));
                part.remove(0, 1);
            }
            unfolded += part;
        }
        CHECK(unfolded == line);
    }
    CHECK(InvitationCalendar::foldLine("SHORT:1") == QByteArray("SHORT:1\r\n"));
}

TEST_CASE("The strict reader refuses what RFC 5545 forbids")
{
    const QByteArray good =
        InvitationCalendar::write(plannedSeedMeeting(), seedOrganisation(false), {}, stamp);
    REQUIRE(readIcs(good).ok());
    QByteArray bareLf = good;
    bareLf.replace("\r\n", "\n");
    CHECK_FALSE(readIcs(bareLf).ok());
    QByteArray longLine = good;
    longLine.replace("PRODID:", QByteArray("PRODID:" + QByteArray(80, 'x')));
    CHECK_FALSE(readIcs(longLine).ok());
    QByteArray unescaped = good;
    unescaped.replace("SUMMARY;LANGUAGE=fa:", "SUMMARY;LANGUAGE=fa:a,b ");
    CHECK_FALSE(readIcs(unescaped).ok());
    QByteArray noZone = good;
    noZone.replace("TZID:Asia/Tehran", "TZID:Asia/Kabul");
    CHECK_FALSE(readIcs(noZone).ok());
    CHECK_FALSE(readIcs(good.left(good.size() - 15)).ok());
}
