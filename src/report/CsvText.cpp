#include "CsvText.h"

namespace jalaseh::report {

QString CsvText::quoted(const QString& field)
{
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
