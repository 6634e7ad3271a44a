#include "DocumentFormat.h"

#include <QFileInfo>
#include <array>
#include <utility>

namespace jalaseh::report {
namespace {

constexpr std::array<std::pair<DocumentFormat, const char*>, 5> formats{
    {{DocumentFormat::Pdf, "pdf"},
     {DocumentFormat::Odt, "odt"},
     {DocumentFormat::Html, "html"},
     {DocumentFormat::Text, "txt"},
     {DocumentFormat::Csv, "csv"}}};

} // namespace

QList<DocumentFormat> minutesFormats()
{
    return {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html, DocumentFormat::Text};
}

QList<DocumentFormat> reviewFormats()
{
    return {DocumentFormat::Csv, DocumentFormat::Pdf};
}

QString formatKey(DocumentFormat format)
{
    for (const auto& [candidate, key] : formats) {
        if (candidate == format)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<DocumentFormat> formatFromKey(const QString& key)
{
    for (const auto& [format, text] : formats) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return format;
    }
    if (key.compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0)
        return DocumentFormat::Html;
    if (key.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
        return DocumentFormat::Text;
    return std::nullopt;
}

std::optional<DocumentFormat> formatFromFileName(const QString& fileName)
{
    return formatFromKey(QFileInfo(fileName).suffix());
}

QStringList formatKeys(const QList<DocumentFormat>& formats)
{
    QStringList keys;
    for (const DocumentFormat format : formats)
        keys.append(formatKey(format));
    return keys;
}

} // namespace jalaseh::report
