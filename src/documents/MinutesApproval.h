#pragma once

#include "core/Id.h"
#include "core/MinutesVersion.h"

#include <QString>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::documents {

// Approving and amending minutes of record, for the window and the command line alike.
namespace MinutesApproval {

// Approves the minutes of `meetingId` as the meeting stands: in one transaction, reads
// everything the minutes show, writes it as a snapshot (MinutesSnapshot.h), fingerprints it and
// stores it with its document id. Returns the approved version; nullopt when there is no such
// meeting. Throws StorageError (approved already; on a server, a login that is not the
// secretariat's).
std::optional<MinutesVersion> approve(storage::Database& database, Id meetingId);

// Opens an amendment with `reason`: the next version, a draft, and the meeting editable again.
MinutesVersion amend(storage::Database& database, Id meetingId, const QString& reason);

// Approves, as they stand, the minutes of the demo's meetings whose files say they were
// approved, so that the demo shows minutes of record (a file's claim is otherwise never taken
// as an approval). Called right after exchange::createDemoData. Throws StorageError.
void approveDemoMinutes(storage::Database& database);

} // namespace MinutesApproval

} // namespace jalaseh::documents
