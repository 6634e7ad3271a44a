#include "Digits.h"

namespace jalaseh::persian {

namespace {

constexpr char16_t persianZero = u'\u06F0';
constexpr char16_t arabicIndicZero = u'\u0660';

// The value 0-9 of a digit of any of the three sets, or -1.
int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= persianZero && c <= persianZero + 9)
        return c - persianZero;
    if (c >= arabicIndicZero && c <= arabicIndicZero + 9)
        return c - arabicIndicZero;
    return -1;
}

QString withDigitsFrom(QStringView text, char16_t zero)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    for (const QChar c : text) {
        const int value = digitValue(c.unicode());
        *out++ = value < 0 ? c : QChar(char16_t(zero + value));
    }
    return result;
}

} // namespace

QString toPersianDigits(QStringView text)
{
    return withDigitsFrom(text, persianZero);
}

QString toLatinDigits(QStringView text)
{
    return withDigitsFrom(text, u'0');
}

QString formatNumber(qint64 number)
{
    return toPersianDigits(QString::number(number));
}

QString formatPercent(double fraction, int decimals)
{
    QString text = toPersianDigits(QString::number(fraction * 100.0, 'f', decimals));
    text.replace(QLatin1Char('.'), QChar(0x066B)); // ARABIC DECIMAL SEPARATOR
    return text + QChar(0x066A);                   // ARABIC PERCENT SIGN
}

} // namespace jalaseh::persian
