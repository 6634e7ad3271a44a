#pragma once

#include <QString>
#include <QStringView>

namespace jalaseh::persian {

// Latin (0-9) and Arabic-Indic (٠-٩) digits become Persian (۰-۹); everything else is kept.
QString toPersianDigits(QStringView text);
// Persian and Arabic-Indic digits become Latin; for parsing what people type.
QString toLatinDigits(QStringView text);
// A whole number in Persian digits, without grouping: 1402 -> "۱۴۰۲".
QString formatNumber(qint64 number);

// A fraction (0.666) as a Persian percentage, rounded to `decimals` places, with the Persian
// decimal separator and percent sign: "۶۷٪", "۶۶٫۷٪".
QString formatPercent(double fraction, int decimals = 0);

} // namespace jalaseh::persian
