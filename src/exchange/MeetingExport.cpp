#include "MeetingExport.h"

#include "MeetingJson.h"
#include "storage/MeetingRecordRepository.h"

namespace jalaseh::exchange {

std::optional<QByteArray> exportMeeting(storage::Database& database, Id meetingId)
{
    const auto record = storage::MeetingRecordRepository(database).load(meetingId);
    if (!record)
        return std::nullopt;
    return toJsonText(*record);
}

} // namespace jalaseh::exchange
