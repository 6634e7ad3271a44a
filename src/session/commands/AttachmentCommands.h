#pragma once

#include "core/Attachment.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Attaches a file to a meeting; undo removes it again. The command keeps the bytes, so that a
// redo after an undo attaches the same file.
class AddAttachmentCommand : public EditCommand
{
public:
    AddAttachmentCommand(DatabaseSession& session, Attachment attachment, const QString& text);

    // The attachment as stored (its id, size and hash), once applied.
    const Attachment& attachment() const { return m_attachment; }

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::MeetingRows; }
    Id meetingId() const override { return m_attachment.meetingId; }

private:
    Attachment m_attachment;
};

// Removes an attached file; undo attaches it again with the same bytes (read before removing).
class RemoveAttachmentCommand : public EditCommand
{
public:
    RemoveAttachmentCommand(DatabaseSession& session, Id attachmentId, const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::MeetingRows; }
    Id meetingId() const override { return m_attachment.meetingId; }

private:
    Attachment m_attachment;
};

} // namespace jalaseh::session

namespace jalaseh::session {

// Changes the largest file that may be attached (bytes); undo puts the earlier limit back.
class EditAttachmentLimitCommand : public EditCommand
{
public:
    EditAttachmentLimitCommand(DatabaseSession& session, qint64 before, qint64 after,
                               const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::Organisation; }

private:
    qint64 m_before;
    qint64 m_after;
};

} // namespace jalaseh::session
