#include "ExportAttendanceCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "ReportOptions.h"
#include "core/Enums.h"
#include "documents/AttendanceReviewSource.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

// The body of --body or the series of --series; nullopt after saying there is no such one.
std::optional<documents::AttendanceSubject> subjectNamed(const Invocation& invocation,
                                                         storage::Database& database,
                                                         const std::optional<QString>& bodyName,
                                                         const std::optional<QString>& seriesName)
{
    if (bodyName) {
        const auto body = documents::AttendanceReviewSource::bodyNamed(database, *bodyName);
        if (!body)
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "%1 has no body named \"%2\". Run `jalaseh --db %1 list bodies` "
                                  "to see the names.")
                                  .arg(shownDatabase(invocation), *bodyName)
                           << Qt::endl;
        return body;
    }
    const auto series = documents::AttendanceReviewSource::seriesNamed(database, *seriesName);
    if (!series)
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no meeting series named \"%2\"; check the name as the "
                              "application's meetings list shows it.")
                              .arg(shownDatabase(invocation), *seriesName)
                       << Qt::endl;
    return series;
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
        "Write the attendance of a body or a meeting series over a period (members x meetings, "
        "rates, absence alerts) as CSV or PDF.");
}

QString ExportAttendanceCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export attendance (--body NAME | --series NAME)\n"
        "                --from DATE --to DATE [--role ROLE] [--without-merged]\n"
        "                [--format csv|pdf] [-o OUTPUT]\n"
        "\n"
        "Writes the attendance matrix of the body NAME (the steering committee or a working\n"
        "group, as `list bodies` names it) for its meetings from DATE to DATE, both included,\n"
        "with the meetings of the groups merged into it. One row per member, one column per\n"
        "meeting; a person counts only for meetings held while a member. With --series, the\n"
        "meetings of one series: its body's members are expected, or, for a series of no body\n"
        "(such as the leads' meetings), the people recorded other than as guests.\n"
        "\n"
        "Rates: present, late and left early count as attended; \"attendance rate\" divides\n"
        "them by the meetings recorded while a member (an excused absence counts as an\n"
        "absence); the rate \"without excused\" leaves excused meetings out. Meetings with\n"
        "nothing recorded for a member are left out of both. The PDF also lists the absence\n"
        "alerts, by the limits set in the database (Settings in the application).\n"
        "\n"
        "  --body NAME       the body, however its name is typed (ك/ک, ي/ی, with or without\n"
        "                    ZWNJ)\n"
        "  --series NAME     a meeting series instead of a body\n"
        "  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱\n"
        "  --to DATE         the last day, Jalali\n"
        "  --role ROLE       only the members of one role: lead, deputy, secretary or member\n"
        "  --without-merged  leave out the meetings of the groups merged into the body\n"
        "  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;\n"
        "                    pdf: landscape A4 pages to print (needs -o). Taken from OUTPUT's\n"
        "                    suffix when not given\n"
        "  -o, --output OUTPUT\n"
        "                    write to the file OUTPUT (replaced if it exists) instead of the\n"
        "                    standard output\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh export attendance --body \"کمیته راهبری\" \\\n"
        "          --from 1402/01/01 --to 1402/12/29 -o attendance-1402.csv\n"
        "  jalaseh --db minutes.jalaseh export attendance --body \"کارگروه آموزش\" \\\n"
        "          --from 1402/01/01 --to 1402/12/29 --format pdf -o attendance-1402.pdf\n");
}

int ExportAttendanceCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     ReportOptions::valueOptions()
                                         << QStringLiteral("--body") << QStringLiteral("--series")
                                         << QStringLiteral("--role"),
                                     {QStringLiteral("--without-merged")});
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
    const auto format = ReportOptions::format(
        arguments, QCoreApplication::translate("CommandLine", "Attendance"), invocation.err);
    if (!format)
        return UserError;
    const auto bodyName = arguments.value({QStringLiteral("--body")});
    const auto seriesName = arguments.value({QStringLiteral("--series")});
    if ((!bodyName || bodyName->trimmed().isEmpty()) &&
        (!seriesName || seriesName->trimmed().isEmpty())) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Name the body with --body, e.g. --body \"کمیته راهبری\", or a "
                              "series with --series; `list bodies` shows the names.")
                       << Qt::endl;
        return UserError;
    }
    if (bodyName && seriesName) {
        invocation.err << QCoreApplication::translate("CommandLine",
                                                      "Give either --body or --series, not both.")
                       << Qt::endl;
        return UserError;
    }
    std::optional<MembershipRole> role;
    if (const auto roleWord = arguments.value({QStringLiteral("--role")})) {
        role = enumFromStorageKey<MembershipRole>(*roleWord);
        if (!role) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "There is no role \"%1\"; choose one of: lead, deputy, "
                                  "secretary, member.")
                                  .arg(*roleWord)
                           << Qt::endl;
            return UserError;
        }
    }
    const auto period = ReportOptions::period(arguments, invocation.err);
    if (!period)
        return UserError;

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const auto subject = subjectNamed(invocation, *database, bodyName, seriesName);
    if (!subject)
        return UserError;
    const documents::AttendanceReview review = documents::AttendanceReviewSource::load(
        *database, {.subject = *subject,
                    .from = period->from,
                    .to = period->to,
                    .role = role,
                    .withMergedBodies = !arguments.has(QStringLiteral("--without-merged"))});
    return ReportOptions::write(invocation, arguments, review.document(), *format);
}

} // namespace jalaseh::cli
