#include "MinutesSections.h"

#include <array>

namespace jalaseh::report {
namespace {

struct Part
{
    const char* key;
    bool MinutesSections::*member;
    const char* persianName; // UTF-8
};

const std::array<Part, 6> parts{{
    {"absentees", &MinutesSections::absentees, "غایبان"},
    {"contributions", &MinutesSections::contributions, "خلاصه مذاکرات"},
    {"proposals", &MinutesSections::proposals, "پیشنهادها"},
    {"signatures", &MinutesSections::signatures, "امضای حاضران"},
    {"attachments", &MinutesSections::attachments, "پیوست‌ها"},
    {"document-id", &MinutesSections::documentId, "شناسه سند"},
}};

const Part* partOf(const QString& key)
{
    for (const Part& part : parts) {
        if (key.compare(QLatin1String(part.key), Qt::CaseInsensitive) == 0)
            return &part;
    }
    return nullptr;
}

} // namespace

QStringList MinutesSections::keys()
{
    QStringList result;
    for (const Part& part : parts)
        result.append(QString::fromLatin1(part.key));
    return result;
}

bool MinutesSections::includes(const QString& key) const
{
    const Part* part = partOf(key);
    return part && this->*(part->member);
}

bool MinutesSections::set(const QString& key, bool included)
{
    const Part* part = partOf(key);
    if (!part)
        return false;
    this->*(part->member) = included;
    return true;
}

QStringList MinutesSections::leftOut() const
{
    QStringList result;
    for (const Part& part : parts) {
        if (!(this->*(part.member)))
            result.append(QString::fromLatin1(part.key));
    }
    return result;
}

std::optional<MinutesSections> MinutesSections::without(const QStringList& keys, QString* unknown)
{
    MinutesSections sections;
    for (const QString& key : keys) {
        if (!sections.set(key.trimmed(), false)) {
            if (unknown)
                *unknown = key.trimmed();
            return std::nullopt;
        }
    }
    return sections;
}

bool MinutesSections::abridged() const
{
    return !absentees || !contributions || !proposals || !signatures || !attachments;
}

QString MinutesSections::leftOutNames() const
{
    QStringList names;
    for (const Part& part : parts) {
        if (part.member != &MinutesSections::documentId && !(this->*(part.member)))
            names.append(QString::fromUtf8(part.persianName));
    }
    return names.join(QStringLiteral("، "));
}

} // namespace jalaseh::report
