#include "FollowUpDue.h"

namespace jalaseh::storage {

QString FollowUpDue::condition(const QString& state, const QString& deadline, const QString& person,
                               QList<QVariant>& values) const
{
    QString sql;
    if (kind == Kind::Overdue) {
        sql = QStringLiteral("(%1 = 'overdue' OR (%1 IN ('open', 'in_progress') AND %2 < ?))")
                  .arg(state, deadline);
        values.append(today.toString(Qt::ISODate));
    } else {
        sql = QStringLiteral("%1 IN ('open', 'in_progress') AND %2 BETWEEN ? AND ?")
                  .arg(state, deadline);
        values.append(today.toString(Qt::ISODate));
        values.append(until.toString(Qt::ISODate));
    }
    if (responsible) {
        sql += QStringLiteral(" AND %1 = ?").arg(person);
        values.append(*responsible);
    }
    return sql;
}

} // namespace jalaseh::storage
