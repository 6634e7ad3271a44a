#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::cli {

enum class TableFormat
{
    Readable,
    Tsv
};

// The table format a command's --format names: "table" (also when absent) or "tsv";
// std::nullopt for anything else.
std::optional<TableFormat> tableFormatNamed(const std::optional<QString>& name);

// Rows printed either as a table for reading (columns padded to line up, a header and a rule) or
// as tab-separated values for scripts (one header line, tabs and newlines in cells made spaces).
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }

    QString toText() const;
    QString toTsv() const;
    QString to(TableFormat format) const { return format == TableFormat::Tsv ? toTsv() : toText(); }

    // Terminal columns `text` takes: letters count one, joiners and combining marks none.
    static int displayWidth(const QString& text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace jalaseh::cli
