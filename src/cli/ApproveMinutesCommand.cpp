#include "ApproveMinutesCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "documents/MinutesApproval.h"
#include "persian/Digits.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString ApproveMinutesCommand::name() const
{
    return QStringLiteral("approve minutes");
}

QString ApproveMinutesCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Approve a meeting's minutes: freeze them as they read now and give them "
                       "a document id.");
}

QString ApproveMinutesCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE approve minutes MEETING\n"
        "\n"
        "Approves the minutes of the meeting with id MEETING (see `list meetings`): keeps a\n"
        "snapshot of everything they show, so that every later export, in any style and\n"
        "format, reads as they read today, even after people are renamed or decisions\n"
        "followed up. The meeting can then no longer be edited; `amend minutes` opens a new\n"
        "version. On a server only the secretariat approves.\n"
        "\n"
        "Prints the version approved and its fingerprint, and on the last line the document\n"
        "id alone, which every export prints and `verify` checks.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh approve minutes 1\n");
}

int ApproveMinutesCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto meetingId =
        meetingIdArgument(invocation, arguments.positional(), QStringLiteral("approve minutes"));
    if (!meetingId)
        return UserError;
    const auto database = openDatabase(invocation, DatabaseAccess::Write);
    if (!database)
        return UserError;
    const auto approved = documents::MinutesApproval::approve(*database, *meetingId);
    if (!approved) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                              "to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(*meetingId)
                       << Qt::endl;
        return UserError;
    }
    invocation.out << QCoreApplication::translate(
                          "CommandLine", "The minutes of meeting %1 are approved: version %2.")
                          .arg(*meetingId)
                          .arg(approved->number)
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Fingerprint (SHA-256): %1")
                          .arg(approved->fingerprint)
                   << Qt::endl;
    invocation.out << approved->documentId << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
