#pragma once

#include <QString>

namespace jalaseh::storage {

// The name of the network file system holding `path` ("NFS", "SMB", ...), from the file system
// type statfs() reports for its folder; empty on a local disk, or when it cannot be told.
// SQLite's locks and its WAL index (shared memory) are not reliable across computers on such a
// file system, so a file there is warned about (Database::networkNote).
//
// For tests only: $JALASEH_TEST_FILE_SYSTEM_TYPE set to a type number (hex, "0x6969" for NFS)
// stands in for what statfs() says, so that the warning can be tested without a server.
QString networkFileSystemName(const QString& path);

// The name of the network file system with the type number `type` (statfs's f_type), empty when
// it is not one.
QString networkFileSystemName(long type);

// A program on this computer that has the SQLite database `path` open (it holds SQLite's shared
// lock on its "-shm"), other than this process: its process number and name ("jalaseh"), or 0.
struct OtherProcess
{
    qint64 pid = 0;
    QString name;
};
OtherProcess otherProcessUsing(const QString& path);

} // namespace jalaseh::storage
