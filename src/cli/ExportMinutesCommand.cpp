#include "ExportMinutesCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "OutputPath.h"
#include "documents/MinutesSource.h"
#include "report/DocumentFonts.h"
#include "report/DocumentFormat.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"
#include "report/MinutesSections.h"
#include "report/MinutesStyle.h"
#include "report/ReportError.h"
#include "report/TemplateLibrary.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <future>

namespace jalaseh::cli {
namespace {

struct LoadedMinutes
{
    bool opened = false;
    std::optional<documents::Minutes> minutes;
    bool meetingExists = false; // when a --version was asked for and not found
    QString messages;           // what opening the database had to say, for the standard error
};

// Opens the database, reads the minutes and closes it again, all in the calling thread: a Qt
// SQL connection belongs to the thread that made it.
LoadedMinutes loadMinutes(const Invocation& invocation, Id meetingId, const QString& templates,
                          std::optional<int> version)
{
    LoadedMinutes loaded;
    QTextStream messages(&loaded.messages);
    const Invocation reader{invocation.databasePath, invocation.arguments, invocation.out,
                            messages};
    const auto database = openDatabase(reader, DatabaseAccess::Read);
    if (database) {
        loaded.opened = true;
        if (version) {
            loaded.minutes =
                documents::MinutesSource::loadVersion(*database, meetingId, *version, templates);
            loaded.meetingExists =
                loaded.minutes || storage::MeetingRepository(*database).find(meetingId);
        } else {
            loaded.minutes = documents::MinutesSource::load(*database, meetingId, templates);
        }
    }
    messages.flush();
    return loaded;
}

} // namespace

QString ExportMinutesCommand::name() const
{
    return QStringLiteral("export minutes");
}

QString ExportMinutesCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Write a meeting's minutes (narrative report, formal minutes or invitation) as PDF, "
        "ODT, HTML or text.");
}

QString ExportMinutesCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export minutes ID [--style STYLE] [--format FORMAT]\n"
        "                [-o OUTPUT] [--templates DIR] [--version N] [--without PARTS]\n"
        "\n"
        "Writes the minutes of the meeting with id ID (see `list meetings`). Approved\n"
        "minutes are written as they were approved (the snapshot of their latest version),\n"
        "with their document id; minutes not yet approved as the meeting stands.\n"
        "\n"
        "  --style STYLE     narrative: a report that tells the meeting in sentences (default)\n"
        "                    formal: the formal minutes with the table of decisions and\n"
        "                            signature lines\n"
        "                    invitation: an invitation to the meeting\n"
        "  --format FORMAT   pdf, odt, html or txt; taken from OUTPUT's suffix when not given,\n"
        "                    txt otherwise\n"
        "  -o, --output OUTPUT\n"
        "                    write to the file OUTPUT (replaced if it exists); html and txt\n"
        "                    go to the standard output without it, pdf and odt need it\n"
        "  --templates DIR   use the templates in DIR where it has them; without it, those\n"
        "                    of the user's templates folder (`jalaseh templates`; see\n"
        "                    docs/templates.md)\n"
        "  --version N       the approved version N of the minutes (`list versions ID`)\n"
        "  --without PARTS   leave out of this document the parts named, separated by\n"
        "                    commas: absentees, contributions, proposals, signatures,\n"
        "                    attachments, document-id. Approved minutes say what their copy\n"
        "                    leaves out, and a copy without its document id says that it\n"
        "                    has none\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh export minutes 1 --style formal -o minutes-1.pdf\n"
        "  jalaseh --db minutes.jalaseh export minutes 1 --format txt\n"
        "  jalaseh --db minutes.jalaseh export minutes 1 --without absentees,signatures\n");
}

int ExportMinutesCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("--style"), QStringLiteral("--format"),
                                      QStringLiteral("-o"), QStringLiteral("--output"),
                                      QStringLiteral("--templates"), QStringLiteral("--version"),
                                      QStringLiteral("--without")},
                                     {});
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
                              "Give the id of one meeting, e.g. `export minutes 1`; `list "
                              "meetings` shows the ids.")
                       << Qt::endl;
        return UserError;
    }
    std::optional<int> version;
    if (const auto versionWord = arguments.value({QStringLiteral("--version")})) {
        bool isVersion = false;
        version = versionWord->toInt(&isVersion);
        if (!isVersion || *version < 1) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "--version takes the number of an approved version, e.g. "
                                  "--version 2; `list versions %1` shows them.")
                                  .arg(meetingId)
                           << Qt::endl;
            return UserError;
        }
    }
    report::MinutesSections sections;
    if (const auto without = arguments.value({QStringLiteral("--without")})) {
        QString unknown;
        const auto chosen =
            report::MinutesSections::without(without->split(QLatin1Char(',')), &unknown);
        if (!chosen) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "There is no part \"%1\" to leave out; choose from: %2.")
                                  .arg(unknown,
                                       report::MinutesSections::keys().join(QStringLiteral(", ")))
                           << Qt::endl;
            return UserError;
        }
        sections = *chosen;
    }
    const QString styleWord =
        arguments.value({QStringLiteral("--style")}).value_or(QStringLiteral("narrative"));
    const auto style = report::styleFromKey(styleWord);
    if (!style) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "There is no style \"%1\"; choose one of: %2.")
                              .arg(styleWord, report::styleKeys().join(QStringLiteral(", ")))
                       << Qt::endl;
        return UserError;
    }
    const auto output = arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
    if (output && !checkOutputIsNotDatabase(invocation, *output))
        return UserError;
    const auto formatWord = arguments.value({QStringLiteral("--format")});
    // Minutes are not written as CSV: "csv" is as unknown a word, and a suffix, as any other.
    const auto minutesFormat = [](std::optional<report::DocumentFormat> format) {
        return format && report::minutesFormats().contains(*format) ? format : std::nullopt;
    };
    std::optional<report::DocumentFormat> format = report::DocumentFormat::Text;
    if (formatWord)
        format = minutesFormat(report::formatFromKey(*formatWord));
    else if (output && minutesFormat(report::formatFromFileName(*output)))
        format = minutesFormat(report::formatFromFileName(*output));
    if (!format) {
        invocation.err
            << QCoreApplication::translate("CommandLine",
                                           "There is no format \"%1\"; choose one of: %2.")
                   .arg(*formatWord,
                        report::formatKeys(report::minutesFormats()).join(QStringLiteral(", ")))
            << Qt::endl;
        return UserError;
    }
    const bool binary =
        *format == report::DocumentFormat::Pdf || *format == report::DocumentFormat::Odt;
    if (binary && !output) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "A %1 file cannot go to the terminal; name the file with -o, e.g. "
                              "`-o minutes.%1`.")
                              .arg(report::formatKey(*format))
                       << Qt::endl;
        return UserError;
    }
    // Documents are laid out with fonts, which Qt only has under a QGuiApplication.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Minutes can only be made when Jalaseh runs with its graphics "
                              "library; this build of the command line lacks it.")
                       << Qt::endl;
        return InternalError;
    }

    // Reading the meeting (on a server mostly waiting for its answers) and loading the fonts (work
    // for the processor) take about as long as each other: done at once, the shorter is hidden.
    const QString templates = arguments.value({QStringLiteral("--templates")})
                                  .value_or(report::TemplateLibrary::defaultUserFolder());
    auto reading = std::async(std::launch::async, loadMinutes, std::cref(invocation), meetingId,
                              templates, version);
    report::DocumentFonts::warmUp();
    // Rethrows what the reading threw (a StorageError), for runCommandLine to report.
    LoadedMinutes loaded = reading.get();
    invocation.err << loaded.messages;
    if (!loaded.opened)
        return UserError;
    auto& minutes = loaded.minutes;
    if (!minutes && loaded.meetingExists) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "The minutes of meeting %1 have no approved version %2. Run "
                              "`jalaseh --db %3 list versions %1` to see them.")
                              .arg(meetingId)
                              .arg(*version)
                              .arg(shownDatabase(invocation))
                       << Qt::endl;
        return UserError;
    }
    if (!minutes) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                              "to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(meetingId)
                       << Qt::endl;
        return UserError;
    }
    minutes->options.sections = sections;
    try {
        const report::MinutesDocument document = minutes->render(*style);
        if (!output) {
            invocation.out << (*format == report::DocumentFormat::Html ? document.html()
                                                                       : document.plainText());
            invocation.out.flush();
            return Ok;
        }
        report::DocumentWriter::forFormat(*format)->writeFile(document, *output);
    } catch (const report::ReportError& error) {
        invocation.err << error.userMessage() << Qt::endl;
        return UserError;
    }
    return Ok;
}

} // namespace jalaseh::cli
