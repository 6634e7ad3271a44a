#include "OdtPackage.h"

#include <QFile>
#include <QtEndian>
#include <zlib.h>

namespace jalaseh::test {
namespace {

QByteArray inflateRaw(const QByteArray& compressed, qsizetype expectedSize)
{
    QByteArray output(expectedSize, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END ? output : QByteArray();
}

} // namespace

QByteArray zipMember(const QString& zipPath, const QString& member)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = file.readAll();
    const auto u16 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&zip](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };

    // Walk the central directory, which has the sizes even when local headers defer them.
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return {};
    qsizetype entry = u32(end + 16);
    const int entries = u16(end + 10);
    for (int i = 0; i < entries && entry + 46 <= zip.size(); ++i) {
        const int method = u16(entry + 10);
        const quint32 compressedSize = u32(entry + 20);
        const quint32 size = u32(entry + 24);
        const int nameLength = u16(entry + 28);
        const int extraLength = u16(entry + 30);
        const int commentLength = u16(entry + 32);
        const qsizetype local = u32(entry + 42);
        const QString name = QString::fromUtf8(zip.mid(entry + 46, nameLength));
        if (name == member && local + 30 <= zip.size()) {
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            const QByteArray bytes = zip.mid(data, compressedSize);
            if (method == 0)
                return bytes;
            if (method == 8)
                return inflateRaw(bytes, size);
            return {};
        }
        entry += 46 + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace jalaseh::test
