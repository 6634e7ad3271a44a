#include "AttachmentCommands.h"

#include "CommandArguments.h"
#include "CommandDatabase.h"
#include "MinutesOfRecord.h"
#include "OutputPath.h"
#include "TextTable.h"
#include "persian/Digits.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace jalaseh::cli {
namespace {

bool meetingExists(const Invocation& invocation, storage::Database& database, Id meetingId)
{
    if (storage::MeetingRepository(database).find(meetingId))
        return true;
    invocation.err << QCoreApplication::translate(
                          "CommandLine",
                          "%1 has no meeting with id %2. Run `jalaseh --db %1 list meetings` "
                          "to see the ids.")
                          .arg(shownDatabase(invocation))
                          .arg(meetingId)
                   << Qt::endl;
    return false;
}

} // namespace

QString ListAttachmentsCommand::name() const
{
    return QStringLiteral("list attachments");
}

QString ListAttachmentsCommand::summary() const
{
    return QCoreApplication::translate("CommandLine",
                                       "List the files attached to a meeting, with their ids.");
}

QString ListAttachmentsCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE list attachments MEETING [--format table|tsv]\n"
        "\n"
        "Lists the files attached to the meeting with id MEETING, in the order they were\n"
        "attached: id, name, size, media type and SHA-256. `export attachment ID` writes one\n"
        "out; `attach MEETING FILE` adds one.\n"
        "\n"
        "  --format table   columns lined up for reading (default)\n"
        "  --format tsv     tab-separated, sizes in bytes, for scripts\n");
}

int ListAttachmentsCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {QStringLiteral("--format")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const auto meetingId =
        meetingIdArgument(invocation, arguments.positional(), QStringLiteral("list attachments"));
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
    if (!database || !meetingExists(invocation, *database, *meetingId))
        return UserError;
    const bool tsv = *format == TableFormat::Tsv;
    TextTable table(tsv ? QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("size"), QStringLiteral("media_type"),
                                      QStringLiteral("sha256")}
                        : QStringList{QCoreApplication::translate("CommandLine", "Id"),
                                      QCoreApplication::translate("CommandLine", "Name"),
                                      QCoreApplication::translate("CommandLine", "Size"),
                                      QCoreApplication::translate("CommandLine", "Type"),
                                      QStringLiteral("SHA-256")});
    for (const Attachment& attachment :
         storage::AttachmentRepository(*database).ofMeeting(*meetingId))
        table.addRow({QString::number(attachment.id), attachment.name,
                      tsv ? QString::number(attachment.size) : attachmentSizeText(attachment.size),
                      attachment.mediaType, attachment.sha256});
    invocation.out << table.to(*format);
    invocation.out.flush();
    return Ok;
}

QString AttachCommand::name() const
{
    return QStringLiteral("attach");
}

QString AttachCommand::summary() const
{
    return QCoreApplication::translate(
        "CommandLine", "Attach files to a meeting; prints the new attachments' ids.");
}

QString AttachCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE attach MEETING FILE...\n"
        "\n"
        "Keeps each FILE in the database as an attachment of the meeting with id MEETING\n"
        "(agenda papers, slides, letters), under its file name, and prints the id of each.\n"
        "The minutes list attachments under «پیوست‌ها». A file larger than the limit in the\n"
        "settings (20 MB unless changed) is refused. All files or none: when one cannot be\n"
        "attached, nothing is.\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh attach 1 agenda.pdf slides.odp\n");
}

int AttachCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments, {}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    bool isNumber = false;
    const Id meetingId = words.size() >= 2 ? words.first().toLongLong(&isNumber) : 0;
    if (!isNumber || meetingId <= 0) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine", "Give a meeting's id and one or more files, e.g. "
                                             "`attach 1 agenda.pdf`; `list meetings` shows the "
                                             "ids.")
                       << Qt::endl;
        return UserError;
    }
    const auto database = openDatabase(invocation, DatabaseAccess::Write);
    if (!database || !meetingExists(invocation, *database, meetingId))
        return UserError;
    const qint64 limit = storage::SettingsRepository(*database).attachmentLimit();
    QList<Attachment> attachments;
    for (const QString& path : words.mid(1)) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            invocation.err << QCoreApplication::translate(
                                  "CommandLine",
                                  "There is no file %1. Check the name and the folder.")
                                  .arg(path)
                           << Qt::endl;
            return UserError;
        }
        // Refused before reading, as the window does: such a file is never read into memory.
        if (info.size() > limit) {
            invocation.err << storage::AttachmentRepository::tooLargeMessage(info.fileName(),
                                                                             info.size(), limit)
                           << Qt::endl;
            return UserError;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            invocation.err << QCoreApplication::translate("CommandLine",
                                                          "%1 could not be read: %2.")
                                  .arg(path, file.errorString())
                           << Qt::endl;
            return UserError;
        }
        attachments.append(
            Attachment{.meetingId = meetingId, .name = info.fileName(), .content = file.readAll()});
    }
    storage::Transaction transaction(*database);
    storage::AttachmentRepository repository(*database);
    for (Attachment& attachment : attachments)
        repository.insert(attachment);
    transaction.commit();
    for (const Attachment& attachment : attachments)
        invocation.out << attachment.id << Qt::endl;
    return Ok;
}

QString ExportAttachmentCommand::name() const
{
    return QStringLiteral("export attachment");
}

QString ExportAttachmentCommand::summary() const
{
    return QCoreApplication::translate("CommandLine", "Write an attached file out.");
}

QString ExportAttachmentCommand::help() const
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: jalaseh --db DATABASE export attachment ID -o OUTPUT\n"
        "\n"
        "Writes the attached file with id ID (see `list attachments MEETING`) to OUTPUT,\n"
        "byte for byte as it was attached.\n"
        "\n"
        "  -o, --output OUTPUT   the file to write (replaced if it exists)\n"
        "\n"
        "Example:\n"
        "  jalaseh --db minutes.jalaseh export attachment 3 -o agenda.pdf\n");
}

int ExportAttachmentCommand::run(const Invocation& invocation)
{
    const CommandArguments arguments(invocation.arguments,
                                     {QStringLiteral("-o"), QStringLiteral("--output")}, {});
    if (!arguments.ok()) {
        invocation.err << arguments.error() << Qt::endl;
        return UserError;
    }
    const QStringList& words = arguments.positional();
    bool isNumber = false;
    const Id id = words.size() == 1 ? words.first().toLongLong(&isNumber) : 0;
    const auto output = arguments.value({QStringLiteral("-o"), QStringLiteral("--output")});
    if (!isNumber || id <= 0 || !output) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "Give the id of one attachment and the file to write, e.g. `export "
                              "attachment 3 -o agenda.pdf`; `list attachments MEETING` shows the "
                              "ids.")
                       << Qt::endl;
        return UserError;
    }
    if (!checkOutputIsNotDatabase(invocation, *output))
        return UserError;
    const auto database = openDatabase(invocation, DatabaseAccess::Read);
    if (!database)
        return UserError;
    const storage::AttachmentRepository attachments(*database);
    if (!attachments.find(id)) {
        invocation.err << QCoreApplication::translate(
                              "CommandLine",
                              "%1 has no attachment with id %2. Run `jalaseh --db %1 list "
                              "attachments MEETING` to see the ids.")
                              .arg(shownDatabase(invocation))
                              .arg(id)
                       << Qt::endl;
        return UserError;
    }
    const QByteArray content = attachments.content(id);
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
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
