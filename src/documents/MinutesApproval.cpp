#include "MinutesApproval.h"

#include "core/DocumentId.h"
#include "documents/MinutesSnapshot.h"
#include "documents/MinutesSource.h"
#include "storage/MinutesVersionRepository.h"
#include "storage/Transaction.h"

namespace jalaseh::documents::MinutesApproval {

std::optional<MinutesVersion> approve(storage::Database& database, Id meetingId)
{
    storage::Transaction transaction(database);
    storage::MinutesVersionRepository repository(database);
    repository.lockMeeting(meetingId);
    const QList<MinutesVersion> versions = repository.versions(meetingId);
    const MinutesStanding standing = MinutesStanding::of(versions);
    auto minutes = MinutesSource::loadCurrent(database, meetingId, QString());
    if (!minutes)
        return std::nullopt;
    SnapshotContent content{.record = std::move(minutes->record),
                            .organisation = std::move(minutes->organisation),
                            .nextMeeting = minutes->options.nextMeeting,
                            .version = standing.version,
                            .amendReason = {}};
    if (standing.state == MinutesStanding::Amending)
        content.amendReason = versions.last().amendReason;
    // What the approval makes true, said in the snapshot as the meeting row will say it.
    content.record.meeting.status = MeetingStatus::MinutesApproved;
    const QByteArray snapshot = toSnapshot(content);
    const QByteArray fingerprint = fingerprintOf(snapshot);
    MinutesVersion approved =
        repository.approve(meetingId, snapshot, QString::fromLatin1(fingerprint.toHex()),
                           DocumentId::fromFingerprint(fingerprint));
    transaction.commit();
    return approved;
}

MinutesVersion amend(storage::Database& database, Id meetingId, const QString& reason)
{
    return storage::MinutesVersionRepository(database).amend(meetingId, reason);
}

void approveDemoMinutes(storage::Database& database)
{
    const QList<Id> claimed = storage::MinutesVersionRepository(database).claimedApproved();
    for (const Id meetingId : claimed)
        approve(database, meetingId);
}

} // namespace jalaseh::documents::MinutesApproval
