#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace jalaseh::exchange {

// Qt's JSON parser keeps the last of two equal keys in an object and drops the other without a
// word; a meeting file with "date" twice would import a date the user may never have meant.
// Returns the path of the first key that appears twice in one object ("meeting.date",
// "attendance[2].person"), or nullopt when there is none. `json` must already parse as JSON.
std::optional<QString> firstDuplicateKey(const QByteArray& json);

} // namespace jalaseh::exchange
