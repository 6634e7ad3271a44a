#pragma once

#include "core/Id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace jalaseh::storage {

// Which open follow-ups (decisions and action items) a short list asks for, by the follow-up
// board's own rule (core's effectiveFollowUp): overdue on `today` (marked so, or open or in
// progress past the deadline), or due from `today` to `until` (both included) and still open or
// in progress; of everyone, or of one person responsible.
struct FollowUpDue
{
    enum class Kind
    {
        Overdue,
        DueBy
    };
    Kind kind = Kind::Overdue;
    QDate today = {};
    QDate until = {}; // for DueBy
    std::optional<Id> responsible = {};

    // The WHERE condition over a table's state, deadline and person columns, with the values it
    // binds appended to `values`. Both use the (state, deadline) index of the table.
    QString condition(const QString& state, const QString& deadline, const QString& person,
                      QList<QVariant>& values) const;
};

} // namespace jalaseh::storage
