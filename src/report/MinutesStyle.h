#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace jalaseh::report {

// The documents made from one meeting record.
enum class MinutesStyle
{
    Narrative,  // a report that reads like the seed minutes
    Formal,     // the صورتجلسه: letterhead, lists, the مصوبات table, signature lines
    Invitation, // the دعوتنامه to a planned meeting
};

// "narrative", "formal", "invitation": the command line's words and the templates' base names.
QString styleKey(MinutesStyle style);
std::optional<MinutesStyle> styleFromKey(const QString& key);
QStringList styleKeys();

} // namespace jalaseh::report
