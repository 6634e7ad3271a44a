#include "CsvText.h"

#include <QRegularExpression>

namespace jalaseh::report {

QString CsvText::defused(const QString& field)
{
    // A number ("-3", "+12.5", "40%") is never a formula; everything else that a spreadsheet
    // would take for one gets the leading apostrophe that OWASP advises.
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?%?$"));
    if (field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.front()) ||
        number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

QString CsvText::quoted(const QString& raw)
{
    const QString field = defused(raw);
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvText::appendLine(QString& csv, const QStringList& fields)
{
    QStringList quotedFields;
    for (const QString& field : fields)
        quotedFields.append(quoted(field));
    csv += quotedFields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray CsvText::withByteOrderMark(const QString& csv)
{
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace jalaseh::report
