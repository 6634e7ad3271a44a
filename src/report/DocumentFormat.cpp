#include "DocumentFormat.h"

#include <QFileInfo>
#include <array>
#include <utility>

namespace jalaseh::report {
namespace {

constexpr std::array<std::pair<DocumentFormat, const char*>, 4> formats{
    {{DocumentFormat::Pdf, "pdf"},
     {DocumentFormat::Odt, "odt"},
     {DocumentFormat::Html, "html"},
     {DocumentFormat::Text, "txt"}}};

} // namespace

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

QStringList formatKeys()
{
    QStringList keys;
    for (const auto& entry : formats)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

} // namespace jalaseh::report
