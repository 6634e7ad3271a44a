#include "ExportAttendanceCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "persian/JalaliDate.h"
#include "report/AttendanceCsv.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace jalaseh::cli {
namespace {

// The Jalali date given with `option`, or an error written to `err`.
std::optional<QDate> dateOption(const CommandArguments& arguments, const QString& option,
                                QTextStream& err)
{
    const auto text = arguments.value({option});
    if (!text) {
        err << QCoreApplication::translate(
                   "CommandLine",
                   "Give the period with --from and --to as Jalali dates, e.g. --from 1402/01/01 "
                   "--to 1402/12/29.")
            << Qt::endl;
        return std::nullopt;
    }
    const auto parsed = persian::parseDate(*text);
    if (!parsed.ok()) {
        err << QCoreApplication::translate("CommandLine", "%1 \"%2\" is not a date: %3")
                   .arg(option, *text, parsed.error)
            << Qt::endl;
        return std::nullopt;
    }
    return parsed.value;
}

} // namespace

QString ExportAttendanceCommand::name() const
{
    return QStringLiteral("export attendance");
}

QString ExportAttendanceCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Write a body's attendance over a period (members x meetings, rates) as CSV.");
}

QString ExportAttendanceCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db FILE export attendance --body NAME --from DATE --to DATE\n"
        "                [--format csv] [-o OUTPUT]\n"
        "\n"
        "Writes the attendance matrix of the body NAME (the steering committee or a working\n"
        "group, as `list bodies` names it) for its meetings from DATE to DATE, both included,\n"
        "with the meetings of the groups merged into it. One row per member, one column per\n"
        "meeting; a person counts only for meetings held while a member.\n"
        "\n"
        "Rates: present, late and left early count as attended; \"attendance rate\" divides\n"
        "them by the meetings recorded while a member (an excused absence counts as an\n"
        "absence); the rate \"without excused\" leaves excused meetings out. Meetings with\n"
        "nothing recorded for a member are left out of both.\n"
        "\n"
        "  --body NAME     the body, however its name is typed (ك/ک, ي/ی, with or without ZWNJ)\n"
        "  --from DATE     the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱\n"
        "  --to DATE       the last day, Jalali\n"
        "  --format csv    the format of the file; csv is the only one (default): UTF-8 with a\n"
        "                  byte order mark, for spreadsheets\n"
        "  -o, --output OUTPUT\n"
        "                  write to the file OUTPUT (replaced if it exists) instead of the\n"
        "                  standard output\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh export attendance --body \"کمیته راهبری\" \\\n"
        "          --from 1402/01/01 --to 1402/12/29 -o attendance-1402.csv\n");
}

int ExportAttendanceCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("--body"), QStringLiteral("--from"),
                                      QStringLiteral("--to"), QStringLiteral("--format"),
                                      QStringLiteral("-o"), QStringLiteral("--output")},
                                     {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (!arguments.positional().isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Unexpected \"%1\": name the body with --body NAME.")
                              .arg(arguments.positional().join(QLatin1Char(' ')))
                       << Qt::endl;
        return UserError;
    }
    const auto format = arguments.value({QStringLiteral("--format")});
    if (format && *format != QLatin1String("csv")) {
        invocation.err << QCoreApplication::translate("CommandLine",
                                                      "Attendance is exported as csv, not \"%1\".")
                              .arg(*format)
                       << Qt::endl;
        return UserError;
    }
    const auto bodyName = arguments.value({QStringLiteral("--body")});
    if (!bodyName || bodyName->trimmed().isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Name the body with --body, e.g. --body \"کمیته راهبری\"; `list "
                              "bodies` shows the names.")
                       << Qt::endl;
        return UserError;
    }
    const auto from = dateOption(arguments, QStringLiteral("--from"), invocation.err);
    if (!from)
        return UserError;
    const auto to = dateOption(arguments, QStringLiteral("--to"), invocation.err);
    if (!to)
        return UserError;
    if (*from > *to) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "The period starts (%1) after it ends (%2); swap --from and --to.")
                              .arg(persian::formatDate(*from), persian::formatDate(*to))
                       << Qt::endl;
        return UserError;
    }

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const auto body = storage::BodyRepository(*database).findByName(*bodyName);
    if (!body) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no body named \"%2\". Run `jalaseh --db %1 list bodies` to "
                              "see the names.")
                              .arg(invocation.databasePath, *bodyName)
                       << Qt::endl;
        return UserError;
    }
    const auto review = storage::AttendanceReviewRepository(*database).load(body->id, *from, *to);
    const QByteArray csv = report::AttendanceCsv::write(review.matrix(), review.people);

    const auto output = arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
    if (!output) {
        // QString::fromUtf8 drops the byte order mark; spreadsheets opening redirected output
        // need it as much as a file does.
        const QString text = QString::fromUtf8(csv);
        if (!text.startsWith(QChar(QChar::ByteOrderMark)))
            invocation.out << QChar(QChar::ByteOrderMark);
        invocation.out << text;
        invocation.out.flush();
        return Ok;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
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
