#include "MinutesSource.h"

#include "report/InvitationCalendar.h"
#include "report/ReportError.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SettingsRepository.h"

namespace jalaseh::documents {

report::MinutesDocument Minutes::render(report::MinutesStyle style) const
{
    return report::MinutesDocument::render(record, organisation, style, options, templates);
}

QByteArray Minutes::invitationCalendar(const QDateTime& stamp) const
{
    // Refused before the letter is made: a held meeting's letter is no invitation.
    if (const QString why = report::InvitationCalendar::refusal(record.meeting); !why.isEmpty())
        throw report::ReportError(why);
    const QString letter = render(report::MinutesStyle::Invitation).plainText();
    return report::InvitationCalendar::write(record, organisation, letter, stamp);
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
