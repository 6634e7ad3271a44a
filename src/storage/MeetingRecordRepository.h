#pragma once

#include "core/MeetingRecord.h"

#include <optional>

namespace jalaseh::storage {

class Database;

// A whole meeting at once: what the minutes, the JSON export and the editor work from.
class MeetingRecordRepository
{
public:
    explicit MeetingRecordRepository(Database& database);

    // The meeting, its series, every row of it in order, the decisions carried into it from
    // earlier meetings of the series, its attachments without their bytes, and every person and body those refer to (with the bodies
    // merged ones went into). std::nullopt when there is no such meeting.
    std::optional<MeetingRecord> load(Id meetingId) const;

    // Stores the meeting and all its rows in one transaction: all or nothing. People, bodies and
    // the series must already exist (ids set; record.series.id is used when meeting.seriesId is
    // 0). Rows may carry provisional ids (from a file, or negative numbers) to refer to each
    // other: a contribution's or proposal's agendaItemId, a decision's proposalId and an action
    // item's decisionId that equal the id of a row of this record are changed to that row's new
    // id. Every row's id, meetingId and position are filled in. Decisions in `carriedOver` that
    // are stored get this meeting among their reviews. Attachments are stored with their bytes
    // (AttachmentRepository::insert: the size limit holds).
    Id insert(MeetingRecord& record);

private:
    Database& m_database;
};

} // namespace jalaseh::storage
