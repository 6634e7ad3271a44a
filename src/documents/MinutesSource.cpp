#include "MinutesSource.h"

#include "documents/MinutesSnapshot.h"
#include "report/InvitationCalendar.h"
#include "report/ReportError.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesVersionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace jalaseh::documents {

report::MinutesDocument Minutes::render(report::MinutesStyle style) const
{
    return report::MinutesDocument::render(record, organisation, style, options, templates);
}

namespace {

Minutes markedFromVersion(storage::Database& database, const MinutesVersion& version,
                          const QString& templatesFolder)
{
    Minutes minutes = MinutesSource::fromVersion(version, templatesFolder);
    minutes.options.verificationAddress =
        storage::SettingsRepository(database).organisation().verificationAddress;
    return minutes;
}

} // namespace

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
    const storage::MinutesVersionRepository versions(database);
    if (versions.standing(meetingId).isFrozen()) {
        if (const auto approved = versions.approved(meetingId))
            return markedFromVersion(database, *approved, templatesFolder);
    }
    return loadCurrent(database, meetingId, templatesFolder);
}

std::optional<Minutes> MinutesSource::loadVersion(storage::Database& database, Id meetingId,
                                                  int version, const QString& templatesFolder)
{
    const auto approved = storage::MinutesVersionRepository(database).approved(meetingId, version);
    if (!approved)
        return std::nullopt;
    return markedFromVersion(database, *approved, templatesFolder);
}

std::optional<Minutes> MinutesSource::loadCurrent(storage::Database& database, Id meetingId,
                                                  const QString& templatesFolder)
{
    auto record = storage::MeetingRecordRepository(database).load(meetingId);
    if (!record)
        return std::nullopt;
    Minutes minutes{.record = std::move(*record),
                    .organisation = storage::SettingsRepository(database).organisation(),
                    .options = {},
                    .templates = report::TemplateLibrary(templatesFolder),
                    .ofRecord = std::nullopt};
    minutes.options.nextMeeting = storage::MeetingRepository(database).next(minutes.record.meeting);
    return minutes;
}

Minutes MinutesSource::fromVersion(const MinutesVersion& version, const QString& templatesFolder)
{
    auto content = fromSnapshot(version.snapshot);
    if (!content)
        throw storage::StorageError(
            QCoreApplication::translate("Storage",
                                        "The approved minutes (version %1) were stored by a newer "
                                        "version of Jalaseh and cannot be read by this one. "
                                        "Update Jalaseh.")
                .arg(version.number),
            QStringLiteral("unreadable snapshot of meeting %1 version %2")
                .arg(version.meetingId)
                .arg(version.number));
    Minutes minutes{.record = std::move(content->record),
                    .organisation = std::move(content->organisation),
                    .options = {},
                    .templates = report::TemplateLibrary(templatesFolder),
                    .ofRecord = version};
    minutes.options.nextMeeting = content->nextMeeting;
    minutes.options.documentId = version.documentId;
    return minutes;
}

} // namespace jalaseh::documents
