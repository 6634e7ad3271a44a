#pragma once

#include "core/Id.h"

#include <QByteArray>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::exchange {

// The meeting file of meeting `meetingId` as it is recorded in `database` (toJsonText; the
// counterpart of importMeeting); nullopt when the database has no such meeting. Throws
// storage::StorageError when the database fails.
std::optional<QByteArray> exportMeeting(storage::Database& database, Id meetingId);

} // namespace jalaseh::exchange
