#include "BodyListModel.h"

#include "EnumLabels.h"
#include "persian/Collation.h"
#include "storage/BodyRepository.h"

#include <algorithm>

namespace jalaseh::app {

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
    m_names.clear();
    QList<Id> ids;
    QStringList searchTexts;
    for (const Body& body : bodies) {
        m_names.insert(body.id, body.name);
        ids.append(body.id);
        searchTexts.append(body.name + QLatin1Char(' ') + body.description);
    }
    m_bodies = std::move(bodies);
    setRows(std::move(ids), searchTexts);
}

QString BodyListModel::cell(int row, int column) const
{
    const Body& body = m_bodies.at(row);
    switch (column) {
    case NameColumn:
        return body.name;
    case KindColumn:
        return label(body.kind);
    case StateColumn:
        if (body.mergedIntoId)
            return tr("Merged into %1").arg(m_names.value(*body.mergedIntoId));
        return body.active ? tr("Active") : tr("Inactive");
    }
    return {};
}

} // namespace jalaseh::app
