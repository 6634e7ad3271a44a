#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::report {

// The file formats a minutes document is exported to.
enum class DocumentFormat
{
    Pdf,
    Odt,
    Html,
    Text
};

// "pdf", "odt", "html", "txt": the command line's words and the files' suffixes.
QString formatKey(DocumentFormat format);
std::optional<DocumentFormat> formatFromKey(const QString& key);
// The format a file name's suffix names ("minutes.odt" -> Odt); nullopt for an unknown suffix.
std::optional<DocumentFormat> formatFromFileName(const QString& fileName);
QStringList formatKeys();

} // namespace jalaseh::report
