#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jalaseh::report {

// CSV as spreadsheets read Persian: fields quoted as RFC 4180 says, CRLF line ends, UTF-8 with a
// byte order mark (without it, Excel takes the bytes for the local code page).
class CsvText
{
public:
    static QString quoted(const QString& field);
    static void appendLine(QString& csv, const QStringList& fields);
    static QByteArray withByteOrderMark(const QString& csv);
};

} // namespace jalaseh::report
