#include "MeetingExport.h"

#include "MeetingJson.h"
#include "storage/AttachmentRepository.h"
#include "storage/MeetingRecordRepository.h"

namespace jalaseh::exchange {

std::optional<QByteArray> exportMeeting(storage::Database& database, Id meetingId)
{
    auto record = storage::MeetingRecordRepository(database).load(meetingId);
    if (!record)
        return std::nullopt;
    const storage::AttachmentRepository attachments(database);
    for (Attachment& attachment : record->attachments)
        attachment.content = attachments.content(attachment.id);
    return toJsonText(*record);
}

} // namespace jalaseh::exchange
