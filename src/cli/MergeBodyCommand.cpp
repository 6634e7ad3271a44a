#include "MergeBodyCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "ReportOptions.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/BackupStore.h"
#include "storage/BodyMerging.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

std::optional<Body> bodyNamed(storage::Database& database, const Invocation& invocation,
                              const QString& name)
{
    auto body = storage::BodyRepository(database).findByName(name);
    if (!body)
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no body named \"%2\". Run `jalaseh --db %1 list bodies` to "
                              "see the names.")
                              .arg(shownDatabase(invocation), name)
                       << Qt::endl;
    return body;
}

// "فاطمه رقابی، زهرا کاظمی", as the command line's tables name people.
QString namesOf(storage::Database& database, const QList<Id>& ids)
{
    QStringList names;
    for (const Person& person : storage::PersonRepository(database).findAll(ids))
        names.append(person.fullName());
    return names.join(QStringLiteral("، "));
}

} // namespace

QString MergeBodyCommand::name() const
{
    return QStringLiteral("merge body");
}

QString MergeBodyCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Merge a working group into another body on a day; its members move.");
}

QString MergeBodyCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE merge body NAME --into NAME --on DATE\n"
        "\n"
        "Merges the body NAME (a working group, as `list bodies` names it) into the body given\n"
        "with --into on the Jalali day DATE. The merged body keeps its name, series, meetings\n"
        "and minutes, and is shown as merged from then on. Its seats that go on after DATE\n"
        "end on DATE, and each of those members gets the same seat in the other body from\n"
        "DATE (or from the day the seat was to start); people who are members of the other\n"
        "body already keep their seat, and someone who was lead, deputy or secretary joins as\n"
        "a member when the other body has that role filled. Attendance review of the other\n"
        "body includes the merged body's meetings.\n"
        "\n"
        "Refused, with the reason, when NAME is merged already, when the other body is merged\n"
        "itself or was merged into NAME, and when NAME has a meeting after DATE. Nothing is\n"
        "changed then. The window's Undo takes a merge back; the command line has no undo.\n"
        "\n"
        "  NAME          the body merged, however its name is typed (ك/ک, ي/ی, ZWNJ)\n"
        "  --into NAME   the body it joins\n"
        "  --on DATE     the day, Jalali, e.g. 1402/07/01 or ۱۴۰۲/۰۷/۰۱\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh merge body \"کارگروه تبادل تجربه\" \\\n"
        "          --into \"کارگروه منابع الکترونیکی\" --on 1402/07/01\n");
}

int MergeBodyCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("--into"), QStringLiteral("--on")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    if (arguments.positional().size() != 1) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Name the one body to merge, in quotes when it has spaces: "
                              "merge body \"کارگروه تبادل تجربه\" --into NAME --on DATE.")
                       << Qt::endl;
        return UserError;
    }
    const auto intoName = arguments.value({QStringLiteral("--into")});
    if (!intoName || intoName->trimmed().isEmpty()) {
        invocation.err << QCoreApplication::translate("CommandLine",
                                                      "Name the body it joins with --into NAME.")
                       << Qt::endl;
        return UserError;
    }
    const auto dayText = arguments.value({QStringLiteral("--on")});
    if (!dayText) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Give the day of the merge with --on, e.g. --on 1402/07/01.")
                       << Qt::endl;
        return UserError;
    }
    const auto day = ReportOptions::date(QStringLiteral("--on"), *dayText, invocation.err);
    if (!day)
        return UserError;

    const auto database = openDatabase(invocation, DatabaseAccess::Write);
    if (!database)
        return UserError;
    const auto body = bodyNamed(*database, invocation, arguments.positional().first());
    if (!body)
        return UserError;
    const auto into = bodyNamed(*database, invocation, *intoName);
    if (!into)
        return UserError;
    storage::BodyMerging merging(*database);
    const BodyMergePlan plan = merging.plan(body->id, into->id, *day);
    if (plan.isRefused()) {
        invocation.err << merging.refusalMessage(plan) << Qt::endl;
        return UserError;
    }
    backUp(*database, storage::BackupKind::BeforeMerge, invocation);
    const BodyMergePlan merged = merging.merge(body->id, into->id, *day);

    QList<Id> joined;
    for (const Membership& seat : merged.newSeats)
        joined.append(seat.personId);
    invocation.out << QCoreApplication::translate("CommandLine", "%1 merged into %2 on %3.")
                          .arg(body->name, into->name, persian::formatDate(*day))
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Joined %1: %2")
                          .arg(into->name,
                               joined.isEmpty() ? QStringLiteral("-") : namesOf(*database, joined))
                   << Qt::endl;
    if (!merged.alreadyMembers.isEmpty())
        invocation.out << QCoreApplication::translate("CommandLine", "Members already: %1")
                              .arg(namesOf(*database, merged.alreadyMembers))
                       << Qt::endl;
    if (!merged.joinAsMembers.isEmpty())
        invocation.out
            << QCoreApplication::translate(
                   "CommandLine",
                   "Joined as members, since %1 has its own lead, deputy or secretary: %2")
                   .arg(into->name, namesOf(*database, merged.joinAsMembers))
            << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
