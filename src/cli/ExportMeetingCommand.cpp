#include "ExportMeetingCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "OutputPath.h"
#include "exchange/MeetingExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace jalaseh::cli {
namespace {

} // namespace

QString ExportMeetingCommand::name() const
{
    return QStringLiteral("export meeting");
}

QString ExportMeetingCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Write one meeting with everything recorded about it as a JSON meeting file.");
}

QString ExportMeetingCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export meeting ID [--format json] [-o OUTPUT]\n"
        "\n"
        "Writes the meeting with id ID (see `list meetings`) as a meeting file: the meeting,\n"
        "its series, attendance, agenda, contributions, proposals, decisions and action\n"
        "items, with the people and bodies they name. `import meeting` reads it back, into\n"
        "this or another database. The format is described in docs/meeting-json.md.\n"
        "\n"
        "  --format json   the format of the file; json is the only one (default)\n"
        "  -o, --output OUTPUT\n"
        "                  write to the file OUTPUT (replaced if it exists) instead of the\n"
        "                  standard output\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh export meeting 1 --format json -o meeting-1.json\n"
        "  jalaseh --db minutes.jalaseh export meeting 1 | less\n");
}

int ExportMeetingCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(
        invocation.arguments,
        {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    bool isNumber = false;
    const Id meetingId = words.size() == 1 ? words.first().toLongLong(&isNumber) : 0;
    if (!isNumber || meetingId <= 0) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Give the id of one meeting, e.g. `export meeting 1`; `list "
                              "meetings` shows the ids.")
                       << Qt::endl;
        return UserError;
    }
    const auto format = arguments.value({QStringLiteral("--format")});
    if (format && *format != QLatin1String("json")) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "A meeting is exported as json, not \"%1\". (The minutes as PDF, "
                              "ODT, HTML or text come from `export minutes`.)")
                              .arg(*format)
                       << Qt::endl;
        return UserError;
    }

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const auto json = exchange::exportMeeting(*database, meetingId);
    if (!json) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                              "to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(meetingId)
                       << Qt::endl;
        return UserError;
    }

    const auto output = arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
    if (output && !checkOutputIsNotDatabase(invocation, *output))
        return UserError;
    if (!output) {
        invocation.out << QString::fromUtf8(*json);
        invocation.out.flush();
        return Ok;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 could not be written: %2. Check the folder exists and may be "
                              "written to.")
                              .arg(*output, file.errorString())
                       << Qt::endl;
        return UserError;
    }
    return Ok;
}

} // namespace jalaseh::cli
