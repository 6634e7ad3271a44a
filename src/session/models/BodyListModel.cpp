#include "session/models/BodyListModel.h"

#include "core/AttendanceMatrix.h"
#include "core/EnumLabels.h"
#include "persian/Collation.h"
#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"

#include <algorithm>

namespace jalaseh::session {

BodyListModel::BodyListModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Kind"), tr("State")}, parent)
{
}

void BodyListModel::reload(storage::Database& database)
{
    QList<Body> bodies = storage::BodyRepository(database).all();
    const persian::PersianCollator collator;
    std::sort(bodies.begin(), bodies.end(), [&](const Body& a, const Body& b) {
        if (a.kind != b.kind) // the steering committee first
            return a.kind < b.kind;
        return collator.lessThan(a.name, b.name);
    });
    QHash<Id, QString> names;
    QList<Id> ids;
    QStringList searchTexts;
    for (const Body& body : bodies) {
        names.insert(body.id, body.name);
        ids.append(body.id);
        searchTexts.append(body.name + QLatin1Char(' ') + body.description);
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_names = std::move(names);
        m_bodies = std::move(bodies);
    });
}

QString BodyListModel::cell(int row, int column) const
{
    const Body& body = m_bodies.at(row);
    switch (column) {
    case NameColumn:
        return body.name;
    case KindColumn:
        return label(body.kind);
    case StateColumn: {
        if (body.mergedIntoId)
            return tr("Merged into %1 on %2")
                .arg(m_names.value(*body.mergedIntoId), persian::formatDate(body.mergedOn));
        const QString state = body.active ? tr("Active") : tr("Inactive");
        const QStringList merged = mergedInto(body);
        return merged.isEmpty() ? state
                                : tr("%1; merged from %2").arg(state, merged.join(tr(", ")));
    }
    }
    return {};
}

QStringList BodyListModel::mergedInto(const Body& body) const
{
    QStringList names;
    for (const Id id : AttendanceMatrix::lineage(body.id, m_bodies).mid(1))
        names.append(m_names.value(id));
    return names;
}

QString BodyListModel::lineage(int row) const
{
    const Body& body = m_bodies.at(row);
    if (body.mergedIntoId)
        return tr("%1 was merged into %2 on %3. Its meetings and minutes keep its name; its "
                  "attendance counts in the review of %2.")
            .arg(body.name, m_names.value(*body.mergedIntoId), persian::formatDate(body.mergedOn));
    QStringList parts;
    for (const Id id : AttendanceMatrix::lineage(body.id, m_bodies).mid(1)) {
        const int merged = rowOf(id);
        if (merged < 0)
            continue;
        const Body& group = m_bodies.at(merged);
        const QString day = persian::formatDate(group.mergedOn);
        parts.append(
            group.mergedIntoId == body.id
                ? tr("%1 (on %2)").arg(group.name, day)
                : tr("%1 (through %2, on %3)")
                      .arg(group.name, m_names.value(group.mergedIntoId.value_or(0)), day));
    }
    if (parts.isEmpty())
        return {};
    return tr("Merged from: %1. Their meetings are part of the attendance review of %2.")
        .arg(parts.join(tr(", ")), body.name);
}

} // namespace jalaseh::session
