#include "RightToLeftTables.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace jalaseh::report {
namespace {

QString mirrorRow(const QString& row)
{
    static const QRegularExpression cell(QStringLiteral("<t([dh])\\b[^>]*>.*?</t\\1\\s*>"),
                                         QRegularExpression::DotMatchesEverythingOption |
                                             QRegularExpression::CaseInsensitiveOption);
    QStringList cells;
    for (const auto& match : cell.globalMatch(row))
        cells.append(match.captured(0));
    std::reverse(cells.begin(), cells.end());
    return cells.join(QLatin1Char('\n'));
}

QString mirrorTable(const QString& body)
{
    static const QRegularExpression row(QStringLiteral("(<tr\\b[^>]*>)(.*?)(</tr\\s*>)"),
                                        QRegularExpression::DotMatchesEverythingOption |
                                            QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    for (const auto& match : row.globalMatch(body)) {
        result += body.mid(last, match.capturedStart() - last);
        result += match.captured(1) + mirrorRow(match.captured(2)) + match.captured(3);
        last = match.capturedEnd();
    }
    return result + body.mid(last);
}

} // namespace

QString mirrorTablesForQt(const QString& html)
{
    static const QRegularExpression table(QStringLiteral("(<table\\b([^>]*)>)(.*?)(</table\\s*>)"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leftToRight(QStringLiteral("dir\\s*=\\s*[\"']?ltr"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    for (const auto& match : table.globalMatch(html)) {
        result += html.mid(last, match.capturedStart() - last);
        const bool keep = leftToRight.match(match.captured(2)).hasMatch();
        result += match.captured(1) + (keep ? match.captured(3) : mirrorTable(match.captured(3))) +
                  match.captured(4);
        last = match.capturedEnd();
    }
    return result + html.mid(last);
}

} // namespace jalaseh::report
