#include "ListVersionsCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "TextTable.h"
#include "persian/Digits.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString ListVersionsCommand::name() const
{
    return QStringLiteral("list versions");
}

QString ListVersionsCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "List the versions of a meeting's minutes of record, with their ids.");
}

QString ListVersionsCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE list versions MEETING [--format table|tsv]\n"
        "\n"
        "Lists the versions of the minutes of the meeting with id MEETING, oldest first:\n"
        "number, state (approved or draft), when and by whom approved, document id, and the\n"
        "reason of each amendment. Minutes never approved have none. `export minutes MEETING\n"
        "--version N` exports any approved one.\n"
        "\n"
        "  --format table   columns lined up for reading (default)\n"
        "  --format tsv     tab-separated, with ISO UTC times, for scripts\n");
}

int ListVersionsCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--format")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto meetingId =
        meetingIdArgument(invocation, arguments.positional(), QStringLiteral("list versions"));
    if (!meetingId)
        return UserError;
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
    const bool tsv = *format == TableFormat::Tsv;
    TextTable table(tsv ? QStringList{QStringLiteral("version"), QStringLiteral("state"),
                                      QStringLiteral("approved_at"), QStringLiteral("approved_by"),
                                      QStringLiteral("document_id"), QStringLiteral("reason")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Version"),
                                      QCoreApplication::translate("CommandLine", "State"),
                                      QCoreApplication::translate("CommandLine", "Approved"),
                                      QCoreApplication::translate("CommandLine", "By"),
                                      QCoreApplication::translate("CommandLine", "Document id"),
                                      QCoreApplication::translate("CommandLine", "Reason")});
    for (const MinutesVersion& version :
         storage::MinutesVersionRepository(*database).versions(*meetingId)) {
        const QString state =
            tsv ? (version.isApproved() ? QStringLiteral("approved") : QStringLiteral("draft"))
                : (version.isApproved() ? QCoreApplication::translate("CommandLine", "approved")
                                        : QCoreApplication::translate("CommandLine", "draft"));
        table.addRow({tsv ? QString::number(version.number) : persian::formatNumber(version.number),
                      state, shownApprovalTime(version.approvedAt, *format), version.approvedBy,
                      version.documentId, version.amendReason});
    }
    invocation.out << table.to(*format);
    invocation.out.flush();
    return Ok;
}

} // namespace jalaseh::cli
