#include "SearchCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "TextTable.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

using Kind = storage::SearchHit::Kind;

constexpr int defaultLimit = 200;
constexpr int largestLimit = 100000;

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Meeting:
        return QStringLiteral("meeting");
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Body:
        return QStringLiteral("body");
    case Kind::Contribution:
        return QStringLiteral("contribution");
    case Kind::Proposal:
        return QStringLiteral("proposal");
    case Kind::Decision:
        return QStringLiteral("decision");
    }
    return {};
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Meeting:
        return QCoreApplication::translate("CommandLine", "meeting");
    case Kind::Person:
        return QCoreApplication::translate("CommandLine", "person");
    case Kind::Body:
        return QCoreApplication::translate("CommandLine", "body");
    case Kind::Contribution:
        return QCoreApplication::translate("CommandLine", "contribution");
    case Kind::Proposal:
        return QCoreApplication::translate("CommandLine", "proposal");
    case Kind::Decision:
        return QCoreApplication::translate("CommandLine", "decision");
    }
    return {};
}

} // namespace

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Find names, contributions, proposals and decisions containing a text.");
}

QString SearchCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE search TEXT... [--limit N] [--format table|tsv]\n"
        "\n"
        "Lists what contains TEXT (several words are searched as one text): meetings,\n"
        "people, bodies, contributions, proposals and decisions, with the meeting each\n"
        "belongs to and its Jalali date. Text matches however it was typed: Arabic or\n"
        "Persian ک and ی, with or without the zero-width non-joiner, Persian or Latin\n"
        "digits. Meetings are also found by their agenda items and series name, and a\n"
        "Jalali date (1402/01/21, 1402-1-21, ۱۴۰۲/۰۱/۲۱) lists that day's meetings first.\n"
        "\n"
        "  --limit N       show at most N matches (default 200)\n"
        "  --format table  columns for reading (default); --format tsv for scripts\n"
        "\n"
        "Examples:\n"
        "  jalaseh --db minutes.jalaseh search ادغام کارگروه‌ها\n"
        "  jalaseh --db minutes.jalaseh search رقابی --format tsv\n"
        "  jalaseh --db minutes.jalaseh search 1402/01/21\n");
}

int SearchCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("--limit"), QStringLiteral("--format")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QString query = arguments.positional().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "What should be searched for? Add the text, e.g. `search رقابی`.")
                       << Qt::endl;
        return UserError;
    }
    int limit = defaultLimit;
    if (const auto limitText = arguments.value({QStringLiteral("--limit")})) {
        bool ok = false;
        limit = limitText->toInt(&ok);
        if (!ok || limit < 1 || limit > largestLimit) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine", "--limit needs a number from 1 to %1, not \"%2\".")
                                  .arg(largestLimit)
                                  .arg(*limitText)
                           << Qt::endl;
            return UserError;
        }
    }
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
    const QList<storage::SearchHit> hits =
        storage::SearchRepository(*database).search(query, limit);
    const bool tsv = *format == TableFormat::Tsv;
    TextTable table(tsv ? QStringList{QStringLiteral("kind"), QStringLiteral("id"),
                                      QStringLiteral("meetingId"), QStringLiteral("meetingDate"),
                                      QStringLiteral("text")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Found in"),
                                      QCoreApplication::translate("CommandLine", "Id"),
                                      QCoreApplication::translate("CommandLine", "Meeting"),
                                      QCoreApplication::translate("CommandLine", "Date"),
                                      QCoreApplication::translate("CommandLine", "Text")});
    for (const storage::SearchHit& hit : hits) {
        table.addRow(
            {tsv ? kindKey(hit.kind) : kindLabel(hit.kind), QString::number(hit.id),
             hit.meetingId ? QString::number(hit.meetingId) : QString(),
             tsv ? hit.meetingDate.toString(Qt::ISODate) : persian::formatDate(hit.meetingDate),
             hit.text});
    }
    if (hits.isEmpty() && !tsv) {
        invocation.err
            << QCoreApplication::translate("CommandLine", "Nothing contains \"%1\".").arg(query)
            << Qt::endl;
        return Ok;
    }
    invocation.out << table.to(*format);
    invocation.out.flush();
    return Ok;
}

} // namespace jalaseh::cli
