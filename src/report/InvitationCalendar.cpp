#include "InvitationCalendar.h"

#include "MinutesSentences.h"
#include "ReportError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

namespace jalaseh::report {
namespace {

constexpr qsizetype longestLine = 75; // octets, without the CRLF (RFC 5545, 3.1)

// Iran has kept +03:30 all year since 22 September 2022 (the law of 1401 ended daylight saving
// time); the system's time-zone data says so, and is what this file is made from. Without that
// data, meetings from then on can still be written with the one offset they have.
const QDate lastDaylightSavingEnd(2022, 9, 22);

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    QString text = sign + QStringLiteral("%1%2")
                              .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    if (seconds % 60 != 0)
        text += QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

// A local date and time as iCalendar writes it ("20230410T120000").
QString localStamp(const QDate& date, const QTime& time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HHmmss"));
}

QString utcStamp(const QDateTime& moment)
{
    const QDateTime utc = moment.toUTC();
    return localStamp(utc.date(), utc.time()) + QLatin1Char('Z');
}

// A parameter's value in quotes: anything but controls and the double quote.
QString quotedParameter(const QString& value)
{
    QString cleaned;
    for (const QChar c : value) {
        if (c != QLatin1Char('"') && c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    return QLatin1Char('"') + cleaned.simplified() + QLatin1Char('"');
}

// An address to write as mailto:, or empty for what is not one.
QString mailAddress(const QString& email)
{
    const QString address = email.trimmed();
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return {};
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('"') ||
            c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') ||
            c == QLatin1Char('<') || c == QLatin1Char('>'))
            return {};
    }
    return QStringLiteral("mailto:") + address;
}

// The time-zone definition the event's times refer to: the observance in effect when the
// meeting starts and any change before it ends, from the system's time-zone data.
QStringList timeZoneLines(const QDateTime& start, const QDateTime& end)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"),
                      QStringLiteral("TZID:") + QLatin1String(InvitationCalendar::timeZoneId)};
    const QTimeZone zone{QByteArray(InvitationCalendar::timeZoneId)};
    if (!zone.isValid() || !zone.hasTransitions()) {
        if (start.date() < lastDaylightSavingEnd)
            throw ReportError(QCoreApplication::translate(
                "Report", "This computer has no time-zone data for Iran, and meetings before "
                          "1401/06/31 need it (daylight saving time). Install the time-zone data "
                          "(the tzdata package) and try again."));
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QStringLiteral("TZOFFSETFROM:+0330") << QStringLiteral("TZOFFSETTO:+0330")
              << QStringLiteral("TZNAME:+0330") << QStringLiteral("END:STANDARD");
        lines << QStringLiteral("END:VTIMEZONE");
        return lines;
    }
    QList<QTimeZone::OffsetData> observances;
    const QTimeZone::OffsetData inEffect = zone.previousTransition(start.addSecs(1));
    observances.append(inEffect.atUtc.isValid() ? inEffect : zone.offsetData(start));
    observances.append(zone.transitions(start.addSecs(1), end));
    for (qsizetype i = 0; i < observances.size(); ++i) {
        const QTimeZone::OffsetData& observance = observances[i];
        const bool known = observance.atUtc.isValid() && !(i == 0 && !inEffect.atUtc.isValid());
        const int to = observance.offsetFromUtc;
        const int from = known ? zone.offsetFromUtc(observance.atUtc.addSecs(-1)) : to;
        // DTSTART of an observance is local time in the offset it replaces.
        const QDateTime local = observance.atUtc.toUTC().addSecs(from);
        const QString kind = observance.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT")
                                                                : QStringLiteral("STANDARD");
        lines << QStringLiteral("BEGIN:") + kind
              << QStringLiteral("DTSTART:") + (known ? localStamp(local.date(), local.time())
                                                     : QStringLiteral("19700101T000000"))
              << QStringLiteral("TZOFFSETFROM:") + offset(from)
              << QStringLiteral("TZOFFSETTO:") + offset(to);
        if (!observance.abbreviation.isEmpty())
            lines << QStringLiteral("TZNAME:") +
                         InvitationCalendar::escapeText(observance.abbreviation);
        lines << QStringLiteral("END:") + kind;
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

QString summaryOf(const MeetingRecord& record)
{
    const QString title = record.meeting.title.simplified();
    const QString series = record.series.name.simplified();
    if (title.isEmpty())
        return series;
    if (series.isEmpty() || title.contains(series))
        return title;
    return title + QStringLiteral(" — ") + series;
}

QString attendeeRole(const Meeting& meeting, const Attendance& attendance)
{
    if (attendance.role == AttendanceRole::Chair || meeting.chairId == attendance.personId)
        return QStringLiteral("CHAIR");
    if (attendance.role == AttendanceRole::Guest)
        return QStringLiteral("OPT-PARTICIPANT");
    return QStringLiteral("REQ-PARTICIPANT");
}

} // namespace

QString InvitationCalendar::refusal(const Meeting& meeting)
{
    if (meeting.status != MeetingStatus::Planned)
        return QCoreApplication::translate(
            "Report", "This meeting has already been held; a calendar invitation is for a "
                      "planned meeting. Export its minutes instead.");
    if (!meeting.date.isValid() || !meeting.start.isValid())
        return QCoreApplication::translate(
            "Report", "This meeting has no start time yet, so a calendar cannot place it. Set "
                      "the time in the meeting's details and try again.");
    return {};
}

QString InvitationCalendar::uid(const MeetingRecord& record, const Organisation& organisation)
{
    const QByteArray organisationHash =
        QCryptographicHash::hash(organisation.name.simplified().toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("meeting-%1-%2@jalaseh")
        .arg(record.meeting.id)
        .arg(QString::fromLatin1(organisationHash));
}

QString InvitationCalendar::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    const QString lines = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar c : lines) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            escaped += QStringLiteral("\\,");
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t') || c.category() != QChar::Other_Control)
            escaped += c; // other controls are not allowed in TEXT
    }
    return escaped;
}

QByteArray InvitationCalendar::foldLine(const QByteArray& line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 60 * 3 + 2);
    qsizetype length = 0;
    for (qsizetype i = 0; i < line.size();) {
        // One character: its lead byte and the continuation bytes (10xxxxxx) after it.
        qsizetype end = i + 1;
        while (end < line.size() && (uchar(line[end]) & 0xC0) == 0x80)
            ++end;
        const qsizetype size = end - i;
        if (length + size > longestLine) {
            folded += "\r\n "; // the space starts the next line and counts in it
            length = 1;
        }
        folded += line.mid(i, size);
        length += size;
        i = end;
    }
    folded += "\r\n";
    return folded;
}

QByteArray InvitationCalendar::write(const MeetingRecord& record, const Organisation& organisation,
                                     const QString& description, const QDateTime& stamp)
{
    const Meeting& meeting = record.meeting;
    if (const QString why = refusal(meeting); !why.isEmpty())
        throw ReportError(why);
    const QTimeZone zone{QByteArray(timeZoneId)};
    const QDateTime start(meeting.date, meeting.start, zone.isValid() ? zone : QTimeZone(12600));
    const QDateTime end(meeting.date, meeting.end.isValid() ? meeting.end : meeting.start,
                        zone.isValid() ? zone : QTimeZone(12600));
    const QString tzid = QStringLiteral(";TZID=") + QLatin1String(timeZoneId) + QLatin1Char(':');

    QStringList lines{
        QStringLiteral("BEGIN:VCALENDAR"),
        QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//Jalaseh//Jalaseh meeting minutes//FA"),
        QStringLiteral("CALSCALE:GREGORIAN"),
    };
    lines << timeZoneLines(start, end);
    lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + uid(record, organisation)
          << QStringLiteral("DTSTAMP:") + utcStamp(stamp)
          // A file made after the meeting's time or place changed replaces the earlier one.
          << QStringLiteral("SEQUENCE:%1").arg(std::max<qint64>(0, meeting.version.number - 1))
          << QStringLiteral("DTSTART") + tzid + localStamp(meeting.date, meeting.start);
    if (meeting.end.isValid())
        lines << QStringLiteral("DTEND") + tzid + localStamp(meeting.date, meeting.end);
    lines << QStringLiteral("SUMMARY;LANGUAGE=fa:") + escapeText(summaryOf(record));
    const MinutesSentences sentences(record, organisation);
    if (const QString place = sentences.place().simplified(); !place.isEmpty())
        lines << QStringLiteral("LOCATION;LANGUAGE=fa:") + escapeText(place);
    if (const QString text = description.trimmed(); !text.isEmpty())
        lines << QStringLiteral("DESCRIPTION;LANGUAGE=fa:") + escapeText(text);
    lines << QStringLiteral("STATUS:CONFIRMED");

    const auto addressOf = [&](std::optional<Id> id) -> std::pair<QString, const Person*> {
        const Person* person = id ? record.person(*id) : nullptr;
        return {person ? mailAddress(person->email) : QString(), person};
    };
    auto [organizer, organizerPerson] = addressOf(meeting.secretaryId);
    if (organizer.isEmpty())
        std::tie(organizer, organizerPerson) = addressOf(meeting.chairId);
    if (!organizer.isEmpty()) {
        lines << QStringLiteral("ORGANIZER;CN=") + quotedParameter(organizerPerson->fullName()) +
                     QLatin1Char(':') + organizer;
        for (const Attendance& attendance : record.attendance) {
            const Person* person = record.person(attendance.personId);
            const QString address = person ? mailAddress(person->email) : QString();
            if (address.isEmpty())
                continue;
            lines << QStringLiteral("ATTENDEE;CN=") + quotedParameter(person->fullName()) +
                         QStringLiteral(";ROLE=") + attendeeRole(meeting, attendance) +
                         QStringLiteral(";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:") + address;
        }
    }
    lines << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");

    QByteArray file;
    for (const QString& line : lines)
        file += foldLine(line.toUtf8());
    return file;
}

} // namespace jalaseh::report
