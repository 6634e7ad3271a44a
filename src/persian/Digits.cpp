#include "Digits.h"
// Implementation in progress (issue 3).
namespace jalaseh::persian {
QString toPersianDigits(QStringView text) { return text.toString(); }
QString toLatinDigits(QStringView text) { return text.toString(); }
QString formatNumber(qint64 number) { return QString::number(number); }
} // namespace jalaseh::persian
