#pragma once

#include "Id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace jalaseh {

// One change of a meeting's record as the history (تاریخچه) keeps it: who made it and when, the
// row it changed (a table's name and the row's id, as stored), and each changed column's value
// before and after, as stored (ids, storage keys, ISO dates). Written by the database's own
// triggers, never by the program (see storage/ChangeLogRepository.h).
struct HistoryEntry
{
    enum class Action
    {
        Added,
        Changed,
        Removed
    };

    struct Field
    {
        QString column;
        QVariant before; // null for an added row
        QVariant after;  // null for a removed row
        bool operator==(const Field&) const = default;
    };

    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString login;       // the server's login, or a file's user; empty when nobody was known
    QString table;
    Id rowId = 0;
    std::optional<Id> meetingId;
    Action action = Action::Changed;
    QList<Field> fields;
};

} // namespace jalaseh
