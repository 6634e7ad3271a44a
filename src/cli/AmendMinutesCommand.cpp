#include "AmendMinutesCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "documents/MinutesApproval.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString AmendMinutesCommand::name() const
{
    return QStringLiteral("amend minutes");
}

QString AmendMinutesCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Open an amendment of approved minutes: a new version to edit and approve.");
}

QString AmendMinutesCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE amend minutes MEETING --reason TEXT\n"
        "\n"
        "Opens an amendment of the approved minutes of the meeting with id MEETING: records\n"
        "why, and makes the next version a draft, so that the meeting can be edited again.\n"
        "`approve minutes MEETING` approves it in turn. The versions approved before keep\n"
        "their snapshots and document ids (`list versions MEETING`). On a server only the\n"
        "secretariat amends.\n"
        "\n"
        "  --reason TEXT   what the amendment corrects (required)\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh amend minutes 1 --reason \"A decision's deadline was wrong\"\n");
}

int AmendMinutesCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--reason")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto meetingId =
        meetingIdArgument(invocation, arguments.positional(), QStringLiteral("amend minutes"));
    if (!meetingId)
        return UserError;
    const auto reason = arguments.value({QStringLiteral("--reason")});
    if (!reason || reason->trimmed().isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Say what the amendment corrects with --reason TEXT.")
                       << Qt::endl;
        return UserError;
    }
    const auto database = openDatabase(invocation, DatabaseAccess::Write);
    if (!database)
        return UserError;
    if (!storage::MeetingRepository(*database).find(*meetingId)) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                              "to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(*meetingId)
                       << Qt::endl;
        return UserError;
    }
    const MinutesVersion opened = documents::MinutesApproval::amend(*database, *meetingId, *reason);
    invocation.out << QCoreApplication::translate(
                          "CommandLine",
                          "Version %1 of the minutes of meeting %2 is open as a draft. Edit the "
                          "meeting, then approve it with `approve minutes %2`.")
                          .arg(opened.number)
                          .arg(*meetingId)
                   << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
