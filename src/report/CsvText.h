#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jalaseh::report {

// CSV as spreadsheets read Persian: fields defused and quoted as RFC 4180 says, CRLF line ends, UTF-8 with a
// byte order mark (without it, Excel takes the bytes for the local code page).
class CsvText
{
public:
    // A field a spreadsheet would run as a formula (one beginning with =, +, -, @, a tab or a
    // carriage return: `=HYPERLINK(...)` typed as a name) made inert with a leading apostrophe.
    static QString defused(const QString& field);
    static QString quoted(const QString& field);
    static void appendLine(QString& csv, const QStringList& fields);
    static QByteArray withByteOrderMark(const QString& csv);
};

} // namespace jalaseh::report
