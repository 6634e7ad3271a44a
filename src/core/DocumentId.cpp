#include "DocumentId.h"

#include <QList>

namespace jalaseh::DocumentId {
namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int base = 32;
constexpr int dataLength = 15;
constexpr int groupLength = 4;

int valueOf(QChar c)
{
    // Persian (U+06F0..) and Arabic-Indic (U+0660..) digits as typed on a Persian keyboard.
    if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
        return c.unicode() - 0x06F0;
    if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
        return c.unicode() - 0x0660;
    const char latin = c.toUpper().toLatin1();
    if (latin == 'O')
        return 0;
    if (latin == 'I' || latin == 'L')
        return 1;
    for (int i = 0; i < base; ++i) {
        if (alphabet[i] == latin && latin != 0)
            return i;
    }
    return -1;
}

// Luhn mod N: catches every single wrong character and every swap of two neighbours but that
// of 0 and Z (the values 0 and 31), as Luhn's own digit misses only 09 and 90.
int checkValue(const QList<int>& values)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        int addend = factor * values.at(i);
        factor = factor == 2 ? 1 : 2;
        addend = addend / base + addend % base;
        sum += addend;
    }
    return (base - sum % base) % base;
}

QString grouped(const QList<int>& values)
{
    QString id;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0 && i % groupLength == 0)
            id += QLatin1Char('-');
        id += QLatin1Char(alphabet[values.at(i)]);
    }
    return id;
}

} // namespace

QString fromFingerprint(const QByteArray& sha256)
{
    QList<int> values;
    int bits = 0;
    quint32 buffer = 0;
    for (qsizetype i = 0; values.size() < dataLength && i < sha256.size(); ++i) {
        buffer = (buffer << 8) | quint8(sha256.at(i));
        bits += 8;
        while (bits >= 5 && values.size() < dataLength) {
            values.append(int((buffer >> (bits - 5)) & 31));
            bits -= 5;
        }
    }
    values.append(checkValue(values));
    return grouped(values);
}

Parsed parse(const QString& typed)
{
    QList<int> values;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace() || c == QChar(0x2010) || c == QChar(0x2011) ||
            c == QChar(0x2212) || c == QChar(0x200C) || c == QChar(0x200F) || c == QChar(0x200E))
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return {};
        values.append(value);
    }
    if (values.size() != dataLength + 1)
        return {};
    const int check = values.takeLast();
    if (checkValue(values) != check)
        return {Reading::BadCheck, {}};
    values.append(check);
    return {Reading::Valid, grouped(values)};
}

} // namespace jalaseh::DocumentId
