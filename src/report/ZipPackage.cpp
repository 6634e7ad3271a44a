#include "ZipPackage.h"

#include <QtEndian>
#include <array>

namespace jalaseh::report {
namespace {

quint32 crc32(const QByteArray& bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> values{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            values[i] = c;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// Version, flags (bit 11: UTF-8 names), method 0 (stored), a fixed DOS time (1 Jan 2020) so that
// the same document gives the same bytes.
void putCommonHeader(QByteArray& out, const QByteArray& name, const QByteArray& bytes, quint32 crc)
{
    put16(out, 20);
    put16(out, 0x0800);
    put16(out, 0);
    put16(out, 0);
    put16(out, (2020 - 1980) << 9 | 1 << 5 | 1);
    put32(out, crc);
    put32(out, quint32(bytes.size()));
    put32(out, quint32(bytes.size()));
    put16(out, quint16(name.size()));
    put16(out, 0);
}

} // namespace

void ZipPackage::add(const QString& name, const QByteArray& bytes)
{
    m_members.append({name, bytes});
}

QByteArray ZipPackage::bytes() const
{
    QByteArray out;
    QByteArray directory;
    for (const Member& member : m_members) {
        const QByteArray name = member.name.toUtf8();
        const quint32 crc = crc32(member.bytes);
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        putCommonHeader(out, name, member.bytes, crc);
        out.append(name);
        out.append(member.bytes);

        put32(directory, 0x02014b50);
        put16(directory, 20); // made by
        putCommonHeader(directory, name, member.bytes, crc);
        put16(directory, 0); // comment length
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_members.size()));
    put16(out, quint16(m_members.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace jalaseh::report
