#include "session/commands/AttachmentCommands.h"

#include "session/RowKind.h"
#include "storage/AttachmentRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::session {

AddAttachmentCommand::AddAttachmentCommand(DatabaseSession& session, Attachment attachment,
                                           const QString& text)
    : EditCommand(session, text)
    , m_attachment(std::move(attachment))
{
    m_attachment.id = 0;
}

void AddAttachmentCommand::apply(storage::Database& database)
{
    Attachment stored = m_attachment;
    stored.meetingId = session().currentId(MeetingRow, m_attachment.meetingId);
    storage::AttachmentRepository(database).insert(stored);
    // The first id stands for the row across undo and redo; later ones are renumbered to it.
    if (m_attachment.id == 0)
        m_attachment.id = stored.id;
    else
        session().renumber(AttachmentRow, m_attachment.id, stored.id);
    m_attachment.name = stored.name;
    m_attachment.size = stored.size;
    m_attachment.sha256 = stored.sha256;
    m_attachment.mediaType = stored.mediaType;
}

void AddAttachmentCommand::revert(storage::Database& database)
{
    storage::AttachmentRepository(database).remove(
        session().currentId(AttachmentRow, m_attachment.id));
}

RemoveAttachmentCommand::RemoveAttachmentCommand(DatabaseSession& session, Id attachmentId,
                                                 const QString& text)
    : EditCommand(session, text)
{
    m_attachment.id = attachmentId;
}

void RemoveAttachmentCommand::apply(storage::Database& database)
{
    storage::AttachmentRepository attachments(database);
    const Id current = session().currentId(AttachmentRow, m_attachment.id);
    const auto found = attachments.find(current);
    if (!found)
        throw storage::StorageError(QCoreApplication::translate(
            "Storage", "This attachment is no longer in the database; someone may have removed "
                       "it. Reload the meeting."));
    Attachment read = *found;
    read.content = attachments.content(current);
    attachments.remove(current);
    read.id = m_attachment.id;
    m_attachment = std::move(read);
}

void RemoveAttachmentCommand::revert(storage::Database& database)
{
    Attachment stored = m_attachment;
    stored.meetingId = session().currentId(MeetingRow, m_attachment.meetingId);
    storage::AttachmentRepository(database).insert(stored);
    session().renumber(AttachmentRow, m_attachment.id, stored.id);
}

} // namespace jalaseh::session

namespace jalaseh::session {

EditAttachmentLimitCommand::EditAttachmentLimitCommand(DatabaseSession& session, qint64 before,
                                                       qint64 after, const QString& text)
    : EditCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

void EditAttachmentLimitCommand::apply(storage::Database& database)
{
    storage::SettingsRepository(database).setAttachmentLimit(m_after);
}

void EditAttachmentLimitCommand::revert(storage::Database& database)
{
    storage::SettingsRepository(database).setAttachmentLimit(m_before);
}

} // namespace jalaseh::session
