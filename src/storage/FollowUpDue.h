#pragma once

#include "core/Id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
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
    // A query of the ids of the first `limit` rows of `table` by deadline (those without one
    // last) that it asks for and `where` allows (a condition on alias `x`, or empty): a few
    // bounded index ranges joined by UNION ALL, for `WHERE id IN (...) ORDER BY ... LIMIT`.
    // Columns are named bare; the values it binds are appended to `values`.
    QString firstIds(const QString& table, const QString& where, const QString& state,
                     const QString& deadline, const QString& person, int limit,
                     QList<QVariant>& values) const;
};

} // namespace jalaseh::storage
