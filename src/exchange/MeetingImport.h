#pragma once

#include "FileProblem.h"
#include "MeetingJson.h"
#include "core/Id.h"

#include <QByteArray>
#include <QList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::exchange {

struct ImportResult
{
    Id meetingId = 0; // the new meeting, when there were no problems
    QList<FileProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Reads a meeting file and adds the meeting to `database` in one transaction: people are matched
// by name (however the names were typed) and added when the database has no one of that name;
// bodies and the series are matched by name and added when absent; then the meeting and all its
// rows. All or nothing: a problem in the file, a meeting number the series already has, or a
// failure of the database leaves the database as it was. Problems come back in the result;
// failures of the database itself throw storage::StorageError.
ImportResult importMeeting(storage::Database& database, const QByteArray& bytes);
ImportResult importMeeting(storage::Database& database, const MeetingFile& file);

} // namespace jalaseh::exchange
