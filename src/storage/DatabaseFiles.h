#pragma once

#include <QString>

namespace jalaseh::storage {

// Whether writing to `path` would overwrite the SQLite database at `databasePath` or one of the
// files SQLite keeps beside it (`-wal`, `-shm`, `-journal`), whether or not they exist yet, and
// however the two paths are written (relative, through links).
bool isDatabaseOrSideFile(const QString& path, const QString& databasePath);

// The sentence that refuses such a path: what it is and what to do.
QString databaseAsOutputMessage(const QString& path);

} // namespace jalaseh::storage
