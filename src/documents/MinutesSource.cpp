#include "MinutesSource.h"

#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"

namespace jalaseh::documents {

report::MinutesDocument Minutes::render(report::MinutesStyle style) const
{
    return report::MinutesDocument::render(record, organisation, style, options, templates);
}

std::optional<Minutes> MinutesSource::load(storage::Database& database, Id meetingId,
                                           const QString& templatesFolder)
{
    auto record = storage::MeetingRecordRepository(database).load(meetingId);
    if (!record)
        return std::nullopt;
    Minutes minutes{.record = std::move(*record),
                    .organisation = storage::SettingsRepository(database).organisation(),
                    .options = {},
                    .templates = report::TemplateLibrary(templatesFolder)};
    minutes.options.nextMeeting = storage::MeetingRepository(database).next(minutes.record.meeting);
    return minutes;
}

} // namespace jalaseh::documents
