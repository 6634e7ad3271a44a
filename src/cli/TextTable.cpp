#include "TextTable.h"

#include <algorithm>

namespace jalaseh::cli {
namespace {

constexpr int widestColumn = 60;
const QString columnGap = QStringLiteral("  ");

// The width a character takes in a terminal: combining marks and format characters (ZWNJ, bidi
// marks) take none.
int charWidth(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Other_Format ? 0 : 1;
}

// One line per cell in the readable table; long texts are cut with an ellipsis. One pass over
// the text: a cell of megabytes costs no more than reading it once.
QString shortened(const QString& text)
{
    qsizetype cut = -1;
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        width += text.at(i) == QLatin1Char('\n') ? 1 : charWidth(text.at(i));
        if (cut < 0 && width > widestColumn - 1)
            cut = i;
        if (width > widestColumn)
            break;
    }
    QString line = width > widestColumn ? text.left(cut) : text;
    // Never end on half a surrogate pair.
    if (!line.isEmpty() && line.back().isHighSurrogate())
        line.chop(1);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return width > widestColumn ? line + QStringLiteral("…") : line;
}

QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

std::optional<TableFormat> tableFormatNamed(const std::optional<QString>& name)
{
    if (!name || *name == QLatin1String("table"))
        return TableFormat::Readable;
    if (*name == QLatin1String("tsv"))
        return TableFormat::Tsv;
    return std::nullopt;
}

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text)
        width += charWidth(c);
    return width;
}

QString TextTable::toText() const
{
    QList<QStringList> lines{m_headers};
    for (const QStringList& row : m_rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(shortened(cell));
        lines.append(cells);
    }
    QList<int> widths(m_headers.size(), 0);
    for (const QStringList& line : lines) {
        for (qsizetype column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(line.at(column)));
    }

    QString text;
    auto appendLine = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                line += columnGap;
            line += cells.at(column);
            if (column + 1 < cells.size())
                line += QString(widths[column] - displayWidth(cells.at(column)), QLatin1Char(' '));
        }
        text += line + QLatin1Char('\n');
    };
    appendLine(lines.first());
    QStringList rule;
    for (int width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    appendLine(rule);
    for (qsizetype i = 1; i < lines.size(); ++i)
        appendLine(lines.at(i));
    return text;
}

QString TextTable::toTsv() const
{
    QString text;
    auto appendLine = [&](const QStringList& cells) {
        QStringList clean;
        for (const QString& cell : cells)
            clean.append(tsvCell(cell));
        text += clean.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    appendLine(m_headers);
    for (const QStringList& row : m_rows)
        appendLine(row);
    return text;
}

} // namespace jalaseh::cli
