#include "ImportMeetingCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "exchange/MeetingImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace jalaseh::cli {
namespace {

// Meeting files are small but for their attachments, which they carry in base64 (a third larger
// than the files themselves); anything bigger is not one and is not read into memory.
constexpr qint64 largestMeetingFile = 1024 * 1024 * 1024;

} // namespace

QString ImportMeetingCommand::name() const
{
    return QStringLiteral("import meeting");
}

QString ImportMeetingCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Add a meeting from a JSON meeting file; prints the new meeting's id.");
}

QString ImportMeetingCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE import meeting MEETING.json\n"
        "\n"
        "Adds the meeting in MEETING.json (as `export meeting` writes it; the format is\n"
        "described in docs/meeting-json.md) to the database, and prints its new id.\n"
        "\n"
        "People are matched by name however the name was typed (Arabic or Persian letters,\n"
        "with or without the zero-width non-joiner); someone the database does not have is\n"
        "added. Bodies and the series are matched by name and added when missing. The\n"
        "meeting's number must be free in its series.\n"
        "\n"
        "The file is checked first; every problem is listed with the field it is in, e.g.\n"
        "  attendance[3].person: \"رضایی\" is not among the file's people\n"
        "and then nothing is changed: the import is all or nothing.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh import meeting meeting-1.json\n");
}

int ImportMeetingCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (arguments.positional().size() != 1) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Give one meeting file, e.g. `import meeting meeting-1.json`.")
                       << Qt::endl;
        return UserError;
    }
    const QString path = arguments.positional().first();
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "There is no file %1. Check the name and the folder.")
                              .arg(path)
                       << Qt::endl;
        return UserError;
    }
    if (info.size() > largestMeetingFile) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "%1 is too large to be a meeting file (%2 MB).")
                              .arg(path)
                              .arg(info.size() / (1024 * 1024))
                       << Qt::endl;
        return UserError;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        invocation.err << QCoreApplication::translate("CommandLine", "%1 could not be read: %2.")
                              .arg(path, file.errorString())
                       << Qt::endl;
        return UserError;
    }
    const QByteArray bytes = file.readAll();

    const auto database = openDatabase(invocation, DatabaseAccess::Write);
    if (!database)
        return UserError;
    const exchange::ImportResult result = exchange::importMeeting(*database, bytes);
    if (!result.ok()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 was not imported, and the database was not changed:")
                              .arg(path)
                       << Qt::endl;
        for (const exchange::FileProblem& problem : result.problems)
            invocation.err << QStringLiteral("  ") << problem.toString() << Qt::endl;
        return UserError;
    }
    invocation.out << result.meetingId << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
