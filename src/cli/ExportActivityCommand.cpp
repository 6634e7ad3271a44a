#include "ExportActivityCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "ReportOptions.h"
#include "documents/ActivityReviewSource.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString ExportActivityCommand::name() const
{
    return QStringLiteral("export activity");
}

QString ExportActivityCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Write the activity of every body over a period (meetings per quarter, proposals, "
        "decisions open, done and overdue) as CSV or PDF.");
}

QString ExportActivityCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export activity --from DATE --to DATE [--fold-merged]\n"
        "                [--on DATE] [--format csv|pdf] [-o OUTPUT]\n"
        "\n"
        "Writes, for every body (the steering committee first, then the working groups in\n"
        "Persian alphabetical order), the meetings held in each Jalali quarter (season) from\n"
        "DATE to DATE, the proposals and decisions recorded at them, and the follow-up of the\n"
        "decisions approved or deferred: open, done, or overdue (open or in progress past the\n"
        "deadline). Rejected decisions need no follow-up. A meeting counts as held once its day\n"
        "has come; later ones are counted as planned. Series of no body (such as the leads'\n"
        "meetings) belong to no body's row. The PDF adds a chart of the meetings per quarter.\n"
        "\n"
        "  --from DATE       the first day, Jalali, e.g. 1402/01/01 or ۱۴۰۲/۰۱/۰۱\n"
        "  --to DATE         the last day, Jalali\n"
        "  --fold-merged     count the meetings of a merged group for the body it joined,\n"
        "                    without a row of its own\n"
        "  --on DATE         the day the follow-up is reported on (default: today)\n"
        "  --format FORMAT   csv (the default): UTF-8 with a byte order mark, for spreadsheets;\n"
        "                    pdf: landscape A4 pages (needs -o). Taken from OUTPUT's suffix when\n"
        "                    not given\n"
        "  -o, --output OUTPUT\n"
        "                    write to the file OUTPUT (replaced if it exists) instead of the\n"
        "                    standard output\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh export activity --from 1402/01/01 --to 1402/12/29 \\\n"
        "          -o activity-1402.csv\n"
        "  jalaseh --db minutes.jalaseh export activity --from 1398/01/01 --to 1403/12/30 \\\n"
        "          --fold-merged -o activity.pdf\n");
}

int ExportActivityCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     ReportOptions::valueOptions() << QStringLiteral("--on"),
                                     {QStringLiteral("--fold-merged")});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (!arguments.positional().isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Unexpected \"%1\": give the period with --from and "
                                             "--to.")
                              .arg(arguments.positional().join(QLatin1Char(' ')))
                       << Qt::endl;
        return UserError;
    }
    const auto format = ReportOptions::format(
        arguments, QCoreApplication::translate("CommandLine", "Activity"), invocation.err);
    if (!format)
        return UserError;
    const auto period = ReportOptions::period(arguments, invocation.err);
    if (!period)
        return UserError;
    QDate today = QDate::currentDate();
    if (const auto on = arguments.value({QStringLiteral("--on")})) {
        const auto parsed = ReportOptions::date(QStringLiteral("--on"), *on, invocation.err);
        if (!parsed)
            return UserError;
        today = *parsed;
    }

    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const documents::ActivityReview review = documents::ActivityReviewSource::load(
        *database, {.from = period->from,
                    .to = period->to,
                    .today = today,
                    .foldMerged = arguments.has(QStringLiteral("--fold-merged"))});
    return ReportOptions::write(invocation, arguments, review.document(), *format);
}

} // namespace jalaseh::cli
