#include "SqliteFileHeader.h"

#include <QFile>
#include <cstring>

namespace jalaseh::storage {
namespace {

constexpr char magic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes

} // namespace

SqliteFileHeader::Verdict SqliteFileHeader::inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unreadable;
    if (file.size() == 0)
        return Verdict::Empty;
    const QByteArray start = file.read(sizeof magic);
    const bool hasMagic = start.size() == int(sizeof magic) &&
                          std::memcmp(start.constData(), magic, sizeof magic) == 0;
    return hasMagic ? Verdict::Sqlite : Verdict::NotSqlite;
}

bool SqliteFileHeader::isWriteAheadLog(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(20);
    return start.size() == 20 && start.at(18) == 2 && start.at(19) == 2;
}

} // namespace jalaseh::storage
