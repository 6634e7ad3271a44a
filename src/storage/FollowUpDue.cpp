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

QString FollowUpDue::firstIds(const QString& table, const QString& where, const QString& state,
                              const QString& deadline, const QString& person, int limit,
                              QList<QVariant>& values) const
{
    // One branch per state, each a range of the (state, deadline) index read in its order and
    // stopped at `limit`: an OR over states, or an order by "deadline IS NULL", would make the
    // database sort every match of an archive's backlog to keep five.
    struct Branch
    {
        QString state;
        QString deadline; // the condition on the deadline, with `?` for the days below
        QList<QVariant> days;
    };
    const QString day = today.toString(Qt::ISODate);
    QList<Branch> branches;
    if (kind == Kind::Overdue) {
        branches = {{QStringLiteral("overdue"), QStringLiteral("IS NOT NULL"), {}},
                    {QStringLiteral("overdue"), QStringLiteral("IS NULL"), {}},
                    {QStringLiteral("open"), QStringLiteral("< ?"), {day}},
                    {QStringLiteral("in_progress"), QStringLiteral("< ?"), {day}}};
    } else {
        const QString until = this->until.toString(Qt::ISODate);
        branches = {
            {QStringLiteral("open"), QStringLiteral("BETWEEN ? AND ?"), {day, until}},
            {QStringLiteral("in_progress"), QStringLiteral("BETWEEN ? AND ?"), {day, until}}};
    }
    QStringList selects;
    for (const Branch& branch : std::as_const(branches)) {
        QString sql =
            QStringLiteral("SELECT id FROM (SELECT x.id FROM %1 x WHERE %2x.%3 = '%4' AND "
                           "x.%5 %6")
                .arg(table, where.isEmpty() ? QString() : where + QStringLiteral(" AND "), state,
                     branch.state, deadline, branch.deadline);
        values.append(branch.days);
        if (responsible) {
            sql += QStringLiteral(" AND x.%1 = ?").arg(person);
            values.append(*responsible);
        }
        sql +=
            QStringLiteral(" ORDER BY x.%1, x.id LIMIT ?) b%2").arg(deadline).arg(selects.size());
        values.append(limit);
        selects.append(sql);
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

} // namespace jalaseh::storage
