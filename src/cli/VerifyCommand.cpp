#include "VerifyCommand.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "core/DocumentId.h"
#include "documents/MinutesSnapshot.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/Database.h"
#include "storage/MinutesVersionRepository.h"

#include <QCoreApplication>

namespace jalaseh::cli {

QString VerifyCommand::name() const
{
    return QStringLiteral("verify");
}

QString VerifyCommand::summary() const
{
    return QCoreApplication::translate("CommandLine",
                                       "Check the document id of a copy of approved minutes.");
}

QString VerifyCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE verify ID\n"
        "\n"
        "Checks the document id ID printed on a copy of approved minutes (\"شناسه سند\",\n"
        "e.g. 7K3M-Q9XA-4TRB-C2HP; case, hyphens and Persian digits do not matter). When the\n"
        "database approved minutes with that id, prints the meeting, the version, when it was\n"
        "approved and its fingerprint, and exits with 0: the copy's text is the one approved,\n"
        "which `export minutes MEETING --version N` gives again.\n"
        "\n"
        "Exits with 1 when ID is mistyped (its check character does not match), when no\n"
        "approved minutes of the database have it, or when the stored minutes no longer match\n"
        "their fingerprint; the message says which.\n");
}

int VerifyCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    if (words.isEmpty()) {
        invocation.err << QCoreApplication::translate("CommandLine",
                                                      "Give the document id to check, e.g. `verify "
                                                      "7K3M-Q9XA-4TRB-C2HP`.")
                       << Qt::endl;
        return UserError;
    }
    // An id typed with spaces between its groups arrives as several words.
    const QString typed = words.join(QLatin1Char(' '));
    const DocumentId::Parsed parsed = DocumentId::parse(typed);
    if (parsed.reading == DocumentId::Reading::Malformed) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "\"%1\" is not a document id: an id has 16 Latin letters and "
                              "digits in four groups, like 7K3M-Q9XA-4TRB-C2HP. Check what was "
                              "typed.")
                              .arg(typed)
                       << Qt::endl;
        return UserError;
    }
    if (parsed.reading == DocumentId::Reading::BadCheck) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "\"%1\" is mistyped: its last character, the check character, "
                              "does not match the others. Compare it with the copy character by "
                              "character.")
                              .arg(typed)
                       << Qt::endl;
        return UserError;
    }
    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const auto version = storage::MinutesVersionRepository(*database).findByDocumentId(parsed.id);
    if (!version) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "No approved minutes in %1 have the document id %2. The id is "
                              "well formed, so it was not mistyped: the copy was not approved "
                              "in this database.")
                              .arg(shownDatabase(invocation), parsed.id)
                       << Qt::endl;
        return UserError;
    }
    const QByteArray fingerprint = documents::fingerprintOf(version->snapshot);
    const auto content = documents::fromSnapshot(version->snapshot);
    if (QString::fromLatin1(fingerprint.toHex()) != version->fingerprint ||
        DocumentId::fromFingerprint(fingerprint) != parsed.id || !content) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "The minutes with the document id %1 were changed in the database "
                              "after they were approved: their content no longer matches their "
                              "fingerprint. Do not trust them; restore the database from a "
                              "backup.")
                              .arg(parsed.id)
                       << Qt::endl;
        return UserError;
    }
    const Meeting& meeting = content->record.meeting;
    QString about =
        content->record.series.name.isEmpty()
            ? QString()
            : QCoreApplication::translate("CommandLine", "%1, no. %2")
                  .arg(content->record.series.name, persian::formatNumber(meeting.number));
    if (!meeting.title.isEmpty())
        about = about.isEmpty() ? meeting.title : about + QStringLiteral(": ") + meeting.title;
    invocation.out << QCoreApplication::translate("CommandLine",
                                                  "Genuine: %1 names approved minutes.")
                          .arg(parsed.id)
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Meeting: %1 (id %2), %3")
                          .arg(about)
                          .arg(version->meetingId)
                          .arg(persian::formatDate(meeting.date))
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Version: %1%2")
                          .arg(version->number)
                          .arg(version->amendReason.isEmpty()
                                   ? QString()
                                   : QCoreApplication::translate("CommandLine", " (amendment: %1)")
                                         .arg(version->amendReason))
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Approved: %1 by %2")
                          .arg(shownApprovalTime(version->approvedAt), version->approvedBy)
                   << Qt::endl;
    invocation.out << QCoreApplication::translate("CommandLine", "Fingerprint (SHA-256): %1")
                          .arg(version->fingerprint)
                   << Qt::endl;
    return Ok;
}

} // namespace jalaseh::cli
