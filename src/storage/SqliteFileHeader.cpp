#include "SqliteFileHeader.h"

#include <QFile>
#include <QtEndian>
#include <cstring>

namespace jalaseh::storage {
namespace {

constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes

quint32 bigEndian32(const char* bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

// The page size field: a power of two from 512 to 32768, or 1 meaning 65536.
qint64 pageSizeOf(const char* header)
{
    const quint16 field = qFromBigEndian<quint16>(header + 16);
    if (field == 1)
        return 65536;
    if (field < 512 || (field & (field - 1)) != 0)
        return 0;
    return field;
}

} // namespace

SqliteFileHeader::Verdict SqliteFileHeader::inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unreadable;
    const qint64 fileSize = file.size();
    if (fileSize == 0)
        return Verdict::Empty;
    const QByteArray header = file.read(headerSize);
    const bool hasMagic = header.size() >= int(sizeof magic) &&
                          std::memcmp(header.constData(), magic, sizeof magic) == 0;
    if (!hasMagic)
        return Verdict::NotSqlite;
    if (header.size() < headerSize)
        return Verdict::Damaged;

    const char* bytes = header.constData();
    const qint64 pageSize = pageSizeOf(bytes);
    // Bytes 21..23 are fixed by the file format (payload fractions 64, 32, 32).
    const bool fixedFieldsRight =
        quint8(bytes[21]) == 64 && quint8(bytes[22]) == 32 && quint8(bytes[23]) == 32;
    if (pageSize == 0 || !fixedFieldsRight || fileSize % pageSize != 0)
        return Verdict::Damaged;
    // The page count at offset 28 is trustworthy only when the "version valid for" number at 92
    // matches the change counter at 24 (older writers did not keep it).
    const quint32 pageCount = bigEndian32(bytes + 28);
    const bool pageCountValid =
        pageCount != 0 && bigEndian32(bytes + 24) == bigEndian32(bytes + 92);
    if (pageCountValid && fileSize < qint64(pageCount) * pageSize)
        return Verdict::Damaged;
    return Verdict::Sound;
}

} // namespace jalaseh::storage
