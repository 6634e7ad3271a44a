#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::report {

// The file formats documents are written in, one DocumentWriter each.
enum class DocumentFormat
{
    Pdf,
    Odt,
    Html,
    Text,
    Csv
};

// The formats of each kind of document: the minutes (PDF, ODT, HTML, text) and the reviews of
// attendance and activity (CSV, PDF).
QList<DocumentFormat> minutesFormats();
QList<DocumentFormat> reviewFormats();

// "pdf", "odt", "html", "txt", "csv": the command line's words and the files' suffixes.
QString formatKey(DocumentFormat format);
std::optional<DocumentFormat> formatFromKey(const QString& key);
// The format a file name's suffix names ("minutes.odt" -> Odt); nullopt for an unknown suffix.
std::optional<DocumentFormat> formatFromFileName(const QString& fileName);
// The keys of `formats`, in their order.
QStringList formatKeys(const QList<DocumentFormat>& formats);

} // namespace jalaseh::report
