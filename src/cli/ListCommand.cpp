#include "ListCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "TextTable.h"
#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace jalaseh::cli {
namespace {

using storage::Database;

// Readable tables show dates and times as Persian readers write them; tab-separated output keeps
// ISO dates and storage keys, which scripts can parse.
QString shownDate(const QDate& date, TableFormat format)
{
    return format == TableFormat::Tsv ? date.toString(Qt::ISODate) : persian::formatDate(date);
}

QString shownTime(const QTime& time, TableFormat format)
{
    if (!time.isValid())
        return {};
    return format == TableFormat::Tsv ? time.toString(QStringLiteral("HH:mm"))
                                      : persian::formatTime(time);
}

QString shownNumber(int number, TableFormat format)
{
    return format == TableFormat::Tsv ? QString::number(number) : persian::formatNumber(number);
}

// Readable tables name choices with the window's words (core/EnumLabels.h), so that both say
// the same; scripts get the storage keys.
template <typename Enum>
QString shownChoice(Enum value, TableFormat format)
{
    return format == TableFormat::Tsv ? storageKey(value) : label(value);
}

// A person without an academic title shows an empty cell, not the window's "No title".
QString shownTitle(AcademicTitle title)
{
    return title == AcademicTitle::None ? QString() : label(title);
}

QHash<Id, QString> seriesNames(Database& database)
{
    QHash<Id, QString> names;
    for (const MeetingSeries& series : storage::MeetingSeriesRepository(database).all())
        names.insert(series.id, series.name);
    return names;
}

TextTable meetings(Database& database, TableFormat format)
{
    const QHash<Id, QString> series = seriesNames(database);
    TextTable table(
        format == TableFormat::Tsv
            ? QStringList{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("start"),
                          QStringLiteral("end"), QStringLiteral("series"), QStringLiteral("number"),
                          QStringLiteral("title"), QStringLiteral("mode"), QStringLiteral("status")}
            : QStringList{QCoreApplication::translate("CommandLine", "Id"),
                          QCoreApplication::translate("CommandLine", "Date"),
                          QCoreApplication::translate("CommandLine", "Start"),
                          QCoreApplication::translate("CommandLine", "End"),
                          QCoreApplication::translate("CommandLine", "Series"),
                          QCoreApplication::translate("CommandLine", "No."),
                          QCoreApplication::translate("CommandLine", "Title"),
                          QCoreApplication::translate("CommandLine", "Mode"),
                          QCoreApplication::translate("CommandLine", "Status")});
    for (const Meeting& meeting : storage::MeetingRepository(database).all())
        table.addRow({QString::number(meeting.id), shownDate(meeting.date, format),
                      shownTime(meeting.start, format), shownTime(meeting.end, format),
                      series.value(meeting.seriesId), shownNumber(meeting.number, format),
                      meeting.title, shownChoice(meeting.mode, format),
                      shownChoice(meeting.status, format)});
    return table;
}

TextTable people(Database& database, TableFormat format)
{
    if (format == TableFormat::Tsv) {
        TextTable table({QStringLiteral("id"), QStringLiteral("familyName"),
                         QStringLiteral("givenName"), QStringLiteral("gender"),
                         QStringLiteral("title"), QStringLiteral("affiliation"),
                         QStringLiteral("position"), QStringLiteral("email"),
                         QStringLiteral("phone"), QStringLiteral("active")});
        for (const Person& person : storage::PersonRepository(database).all())
            table.addRow({QString::number(person.id), person.familyName, person.givenName,
                          storageKey(person.gender), storageKey(person.title), person.affiliation,
                          person.position, person.email, person.phone,
                          person.active ? QStringLiteral("1") : QStringLiteral("0")});
        return table;
    }
    TextTable table({QCoreApplication::translate("CommandLine", "Id"),
                     QCoreApplication::translate("CommandLine", "Family name"),
                     QCoreApplication::translate("CommandLine", "Given name"),
                     QCoreApplication::translate("CommandLine", "Title"),
                     QCoreApplication::translate("CommandLine", "Affiliation"),
                     QCoreApplication::translate("CommandLine", "Active")});
    for (const Person& person : storage::PersonRepository(database).all())
        table.addRow({QString::number(person.id), person.familyName, person.givenName,
                      shownTitle(person.title), person.affiliation,
                      person.active ? QCoreApplication::translate("CommandLine", "yes")
                                    : QCoreApplication::translate("CommandLine", "no")});
    return table;
}

TextTable bodies(Database& database, TableFormat format)
{
    const QList<Body> all = storage::BodyRepository(database).all();
    QHash<Id, QString> names;
    for (const Body& body : all)
        names.insert(body.id, body.name);
    TextTable table(format == TableFormat::Tsv
                        ? QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("kind"), QStringLiteral("mergedInto"),
                                      QStringLiteral("mergedOn"), QStringLiteral("active")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Id"),
                                      QCoreApplication::translate("CommandLine", "Name"),
                                      QCoreApplication::translate("CommandLine", "Kind"),
                                      QCoreApplication::translate("CommandLine", "Merged into"),
                                      QCoreApplication::translate("CommandLine", "Merged on"),
                                      QCoreApplication::translate("CommandLine", "Active")});
    for (const Body& body : all) {
        const QString active =
            format == TableFormat::Tsv
                ? (body.isActive() ? QStringLiteral("1") : QStringLiteral("0"))
                : (body.isActive() ? QCoreApplication::translate("CommandLine", "yes")
                                   : QCoreApplication::translate("CommandLine", "no"));
        table.addRow({QString::number(body.id), body.name, shownChoice(body.kind, format),
                      body.mergedIntoId ? names.value(*body.mergedIntoId) : QString(),
                      shownDate(body.mergedOn, format), active});
    }
    return table;
}

TextTable decisions(Database& database, TableFormat format)
{
    const QHash<Id, QString> series = seriesNames(database);
    QHash<Id, Meeting> meetingsById;
    for (const Meeting& meeting : storage::MeetingRepository(database).all())
        meetingsById.insert(meeting.id, meeting);
    QHash<Id, QString> names;
    for (const Person& person : storage::PersonRepository(database).all())
        names.insert(person.id, person.fullName());

    TextTable table(format == TableFormat::Tsv
                        ? QStringList{QStringLiteral("id"), QStringLiteral("meetingId"),
                                      QStringLiteral("meetingDate"), QStringLiteral("series"),
                                      QStringLiteral("meetingNumber"), QStringLiteral("status"),
                                      QStringLiteral("followUp"), QStringLiteral("responsible"),
                                      QStringLiteral("deadline"), QStringLiteral("text")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Id"),
                                      QCoreApplication::translate("CommandLine", "Meeting"),
                                      QCoreApplication::translate("CommandLine", "Date"),
                                      QCoreApplication::translate("CommandLine", "Series"),
                                      QCoreApplication::translate("CommandLine", "No."),
                                      QCoreApplication::translate("CommandLine", "Status"),
                                      QCoreApplication::translate("CommandLine", "Follow-up"),
                                      QCoreApplication::translate("CommandLine", "Responsible"),
                                      QCoreApplication::translate("CommandLine", "Deadline"),
                                      QCoreApplication::translate("CommandLine", "Decision")});
    const QDate today = QDate::currentDate();
    for (const Decision& decision : storage::DecisionRepository(database).all()) {
        const Meeting meeting = meetingsById.value(decision.meetingId);
        table.addRow({QString::number(decision.id), QString::number(decision.meetingId),
                      shownDate(meeting.date, format), series.value(meeting.seriesId),
                      shownNumber(meeting.number, format), shownChoice(decision.status, format),
                      shownChoice(decision.effectiveFollowUp(today), format),
                      decision.responsibleId ? names.value(*decision.responsibleId) : QString(),
                      shownDate(decision.deadline, format), decision.text});
    }
    return table;
}

const QStringList kinds{QStringLiteral("meetings"), QStringLiteral("people"),
                        QStringLiteral("bodies"), QStringLiteral("decisions")};

} // namespace

QString ListCommand::name() const
{
    return QStringLiteral("list");
}

QString ListCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "List the meetings, people, bodies or decisions of a database.");
}

QString ListCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE list meetings|people|bodies|decisions [--format table|tsv]\n"
        "\n"
        "Prints a table of what the database holds:\n"
        "  meetings   newest first: id, Jalali date, times, series, number, title, mode, "
        "status\n"
        "  people     in Persian alphabetical order of family and given name\n"
        "  bodies     the steering committee and working groups, merged ones included\n"
        "  decisions  every decision with its meeting, status, follow-up, responsible "
        "person and deadline\n"
        "\n"
        "  --format table  columns lined up for reading, Jalali dates in Persian digits "
        "(default)\n"
        "  --format tsv    tab-separated values for scripts: a header line, ISO dates "
        "(2023-04-10) and the file format's keys (\"online\", \"in_progress\")\n"
        "\n"
        "The ids in the first column are what `export meeting ID` takes.\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh list meetings\n"
        "  jalaseh --db minutes.jalaseh list decisions --format tsv > decisions.tsv\n");
}

int ListCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--format")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    if (words.size() != 1 || !kinds.contains(words.first())) {
        invocation.err << (words.isEmpty()
                               ? QCoreApplication::translate(
                                     "CommandLine", "What should be listed? Add one of: %1.")
                                     .arg(kinds.join(QStringLiteral(", ")))
                               : QCoreApplication::translate(
                                     "CommandLine", "\"%1\" cannot be listed; list one of: %2.")
                                     .arg(words.join(QLatin1Char(' ')),
                                          kinds.join(QStringLiteral(", "))))
                       << Qt::endl;
        return UserError;
    }
    const auto format = tableFormatNamed(arguments.value({QStringLiteral("--format")}));
    if (!format) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "--format is \"table\" or \"tsv\", not \"%1\".")
                              .arg(*arguments.value({QStringLiteral("--format")}))
                       << Qt::endl;
        return UserError;
    }

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const QString& kind = words.first();
    const TextTable table = kind == QLatin1String("meetings") ? meetings(*database, *format)
                            : kind == QLatin1String("people") ? people(*database, *format)
                            : kind == QLatin1String("bodies") ? bodies(*database, *format)
                                                              : decisions(*database, *format);
    invocation.out << table.to(*format);
    invocation.out.flush();
    return Ok;
}

} // namespace jalaseh::cli
