#include "ExportInvitationCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "OutputPath.h"
#include "documents/MinutesSource.h"
#include "report/ReportError.h"
#include "report/ReportFile.h"
#include "report/TemplateLibrary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

namespace jalaseh::cli {

QString ExportInvitationCommand::name() const
{
    return QStringLiteral("export invitation");
}

QString ExportInvitationCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Write a planned meeting as an iCalendar file (.ics) for calendars.");
}

QString ExportInvitationCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export invitation ID [-o OUTPUT] [--templates DIR]\n"
        "\n"
        "Writes the meeting with id ID (see `list meetings`) as an iCalendar file (RFC 5545)\n"
        "that invitees open to add the meeting to their calendars: its time in Tehran's time\n"
        "zone, the venue or the online link as its place, and the invitation letter (with\n"
        "the Jalali date and the agenda) as its description. Invitees with an e-mail address\n"
        "are its attendees, the secretary (else the chair) its organizer. The meeting must be\n"
        "planned (not yet held) and have a start time.\n"
        "\n"
        "  -o, --output OUTPUT\n"
        "                    write to the file OUTPUT (replaced if it exists); without it,\n"
        "                    to the standard output\n"
        "  --templates DIR   take the invitation letter from the templates in DIR where it\n"
        "                    has them (see `export minutes`)\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh export invitation 12 -o meeting.ics\n");
}

int ExportInvitationCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(
        invocation.arguments,
        {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--templates")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const std::optional<Id> meetingId =
        meetingIdArgument(invocation, arguments.positional(), QStringLiteral("export invitation"));
    if (!meetingId)
        return UserError;
    const auto output = arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
    if (output && !checkOutputIsNotDatabase(invocation, *output))
        return UserError;
    const QString templates = arguments.value({QStringLiteral("--templates")})
                                  .value_or(report::TemplateLibrary::defaultUserFolder());

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const auto minutes = documents::MinutesSource::load(*database, *meetingId, templates);
    if (!minutes) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                              "to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(*meetingId)
                       << Qt::endl;
        return UserError;
    }
    try {
        const QByteArray calendar = minutes->invitationCalendar(QDateTime::currentDateTimeUtc());
        if (!output) {
            invocation.out.flush();
            invocation.out << QString::fromUtf8(calendar);
            invocation.out.flush();
            return Ok;
        }
        report::ReportFile::save(*output, [&](QIODevice& device) {
            report::ReportFile::writeAll(
                device, calendar,
                QCoreApplication::translate(
                    "CommandLine", "The calendar file could not be written (%1). Check that "
                                   "the disk is not full and try again."));
        });
    } catch (const report::ReportError& error) {
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
    return Ok;
}

} // namespace jalaseh::cli
