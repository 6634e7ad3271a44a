#pragma once

#include "core/Id.h"
#include "core/MinutesVersion.h"

#include <QHash>
#include <QList>
#include <optional>

namespace jalaseh::storage {

class Database;

// The versions of the minutes of record (schema step 9). The storage keeps what it is given:
// the snapshot is made, fingerprinted and named by documents/MinutesApproval.h, which reads the
// meeting in the same transaction. An approved meeting is refused every edit by the schema's
// triggers on both engines (StorageError says so in plain words); on a server only the
// secretariat may approve and amend (its grants).
class MinutesVersionRepository
{
public:
    explicit MinutesVersionRepository(Database& database);

    // Oldest first; empty when the minutes were never approved.
    QList<MinutesVersion> versions(Id meetingId) const;
    // The same without their snapshots (left empty): what lists and the editor show, read often.
    QList<MinutesVersion> summaries(Id meetingId) const;
    MinutesStanding standing(Id meetingId) const;
    // Every meeting that has versions (a meeting missing from it is a draft): for the lists.
    QHash<Id, MinutesStanding> standings() const;
    // The approved version `number`, or the latest approved one; nullopt when there is none.
    std::optional<MinutesVersion> approved(Id meetingId, std::optional<int> number = {}) const;
    // The meetings whose status says their minutes were approved but that have no version: an
    // imported file's claim (never taken as an approval) or the demo's, by date.
    QList<Id> claimedApproved() const;
    // `documentId` in its canonical form (DocumentId::parse).
    std::optional<MinutesVersion> findByDocumentId(const QString& documentId) const;

    // Holds the meeting's row until the transaction ends (a server's `FOR UPDATE`; a file's
    // writers are one at a time already): the server's freezing triggers take a share of that
    // row before they let a row of the meeting change, so nothing changes between reading the
    // minutes for a snapshot and approving them. Call first in the approval's transaction.
    void lockMeeting(Id meetingId);
    // Approves the version being edited (version 1 when never approved): stores the snapshot,
    // its fingerprint and document id, the time and who approved (the server login, or the
    // system's user name for a file), and marks the meeting's minutes approved. Throws
    // StorageError when the minutes are approved already. Returns the version stored.
    MinutesVersion approve(Id meetingId, const QByteArray& snapshot, const QString& fingerprint,
                           const QString& documentId);
    // Opens the next version as a draft with `reason` (required), which lets the meeting be
    // edited again. Throws StorageError unless the minutes are approved.
    MinutesVersion amend(Id meetingId, const QString& reason);

    // The login or user that approve and amend record.
    QString currentUser() const;

private:
    void setMeetingStatus(Id meetingId, const QString& status);

    Database& m_database;
};

} // namespace jalaseh::storage
