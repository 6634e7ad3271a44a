#pragma once

#include "core/Attachment.h"

#include <QHash>
#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// Files attached to a meeting (schema step 12), kept whole in the database. Lists never read the
// bytes: `ofMeeting` and `find` leave `content` empty, `content` reads them. An attachment is
// added and removed, never changed; its meeting's approved minutes refuse both (as every other
// change of the meeting), and on a server only the secretariat may make them (its grants).
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& database);

    // In the order they were added; without their bytes.
    QList<Attachment> ofMeeting(Id meetingId) const;
    // Those of several meetings at once, by meeting; without their bytes.
    QHash<Id, QList<Attachment>> ofMeetings(const QList<Id>& meetingIds) const;
    std::optional<Attachment> find(Id id) const;
    // The bytes; throws StorageError when the attachment is gone.
    QByteArray content(Id id) const;

    // Stores `attachment.content` under `attachment.name` (trimmed, never empty) for
    // `attachment.meetingId`; fills in id, size and sha256 (from the bytes). Refused with a
    // StorageError naming the file, its size and the limit when the bytes are larger than the
    // organisation's limit (SettingsRepository::attachmentLimit).
    Id insert(Attachment& attachment);
    // Throws StorageError when the attachment is gone.
    void remove(Id id);

    // The sentence of a refusal for size: what insert throws, for callers that check first.
    static QString tooLargeMessage(const QString& name, qint64 size, qint64 limit);

private:
    Database& m_database;
};

} // namespace jalaseh::storage
