#include "MinutesStyle.h"

#include <array>
#include <utility>

namespace jalaseh::report {
namespace {

constexpr std::array<std::pair<MinutesStyle, const char*>, 3> styles{
    {{MinutesStyle::Narrative, "narrative"},
     {MinutesStyle::Formal, "formal"},
     {MinutesStyle::Invitation, "invitation"}}};

} // namespace

QString styleKey(MinutesStyle style)
{
    for (const auto& [candidate, key] : styles) {
        if (candidate == style)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MinutesStyle> styleFromKey(const QString& key)
{
    for (const auto& [style, text] : styles) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return style;
    }
    return std::nullopt;
}

QStringList styleKeys()
{
    QStringList keys;
    for (const auto& entry : styles)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

} // namespace jalaseh::report
