#pragma once

#include <QString>

namespace jalaseh::storage {

class Database;

// Whether writing to `path` would overwrite the SQLite database at `databasePath` or one of the
// files kept beside it (SQLite's `-wal`, `-shm`, `-journal`; Jalaseh's `-holder`, FileHolder.h), whether or not they exist yet, and
// however the two paths are written (relative, through links).
bool isDatabaseOrSideFile(const QString& path, const QString& databasePath);

// The sentence that refuses such a path: what it is and what to do.
QString databaseAsOutputMessage(const QString& path);

// Writes a copy of the open SQLite database as its connection reads it (everything committed,
// the changes still in "-wal" included) to the new file `target`, with VACUUM INTO, and checks it
// (quick_check). Reads only, so it works when the file was made read-only, removed or replaced
// under the connection (which still reads the old file), when the disk is full (onto another
// disk) and while another program holds the write lock. Refuses an existing `target` and the
// database's own files. Throws StorageError with a sentence for the user; a failed copy leaves no
// file behind.
void copyDatabaseTo(const Database& database, const QString& target);

} // namespace jalaseh::storage
