#include "AttachmentRepository.h"

#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlDialect.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMimeDatabase>

namespace jalaseh::storage {
namespace {

const QString columns = QStringLiteral("id, meeting_id, name, size, media_type, sha256");

Attachment attachmentFrom(const Statement& row)
{
    Attachment attachment;
    attachment.id = row.integer(0);
    attachment.meetingId = row.integer(1);
    attachment.name = row.text(2);
    attachment.size = row.integer(3);
    attachment.mediaType = row.text(4);
    attachment.sha256 = row.text(5);
    return attachment;
}

QString goneMessage()
{
    return QCoreApplication::translate("Storage",
                                       "This attachment is no longer in the database; someone "
                                       "may have removed it. Reload the meeting.");
}

} // namespace

AttachmentRepository::AttachmentRepository(Database& database)
    : m_database(database)
{
}

QList<Attachment> AttachmentRepository::ofMeeting(Id meetingId) const
{
    Statement query(
        m_database,
        QStringLiteral("SELECT %1 FROM attachment WHERE meeting_id = ? ORDER BY id").arg(columns));
    query.bind(meetingId).exec();
    QList<Attachment> found;
    while (query.next())
        found.append(attachmentFrom(query));
    return found;
}

QHash<Id, QList<Attachment>> AttachmentRepository::ofMeetings(const QList<Id>& meetingIds) const
{
    QHash<Id, QList<Attachment>> found;
    if (meetingIds.isEmpty())
        return found;
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM attachment WHERE meeting_id IN "
                                   "%2 ORDER BY meeting_id, id")
                        .arg(columns, SqlDialect::idsFromJsonArray(m_database.engine())));
    query.bind(jsonArray(meetingIds)).exec();
    while (query.next()) {
        Attachment attachment = attachmentFrom(query);
        found[attachment.meetingId].append(attachment);
    }
    return found;
}

std::optional<Attachment> AttachmentRepository::find(Id id) const
{
    Statement query(m_database,
                    QStringLiteral("SELECT %1 FROM attachment WHERE id = ?").arg(columns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return attachmentFrom(query);
}

QByteArray AttachmentRepository::content(Id id) const
{
    Statement query(m_database, QStringLiteral("SELECT content FROM attachment WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next())
        throw StorageError(goneMessage());
    return query.blob(0);
}

QString AttachmentRepository::tooLargeMessage(const QString& name, qint64 size, qint64 limit)
{
    return QCoreApplication::translate("Storage",
                                       "“%1” was not attached: it is %2, and a file may be at "
                                       "most %3. Attach a smaller file, or raise the limit in "
                                       "the settings.")
        .arg(name, attachmentSizeText(size), attachmentSizeText(limit));
}

Id AttachmentRepository::insert(Attachment& attachment)
{
    Attachment stored = attachment;
    stored.name = stored.name.trimmed();
    stored.size = stored.content.size();
    stored.sha256 = attachmentHash(stored.content);
    if (stored.mediaType.isEmpty())
        stored.mediaType =
            QMimeDatabase().mimeTypeForFileNameAndData(stored.name, stored.content).name();
    if (stored.name.isEmpty())
        throw StorageError(QCoreApplication::translate(
            "Storage", "An attachment needs a file name; nothing was attached."));
    Transaction transaction(m_database);
    const qint64 limit = SettingsRepository(m_database).attachmentLimit();
    if (stored.size > limit)
        throw StorageError(tooLargeMessage(stored.name, stored.size, limit));
    Statement insert(m_database,
                     QStringLiteral("INSERT INTO attachment (meeting_id, name, size, media_type, "
                                    "sha256, content) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(stored.meetingId)
        .bind(stored.name)
        .bind(stored.size)
        .bind(stored.mediaType)
        .bind(stored.sha256)
        .bind(stored.content);
    Refusals refusals;
    refusals.foreignKey = QCoreApplication::translate(
        "Storage", "The meeting of this attachment is no longer in the database; nothing was "
                   "attached.");
    insert.exec(refusals);
    stored.id = insert.lastInsertId();
    transaction.commit();
    attachment = std::move(stored);
    return attachment.id;
}

void AttachmentRepository::remove(Id id)
{
    Transaction transaction(m_database);
    Statement remove(m_database, QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    remove.bind(id).exec();
    if (remove.rowsAffected() == 0)
        throw StorageError(goneMessage());
    transaction.commit();
}

} // namespace jalaseh::storage
