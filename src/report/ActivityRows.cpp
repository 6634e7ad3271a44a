#include "ActivityRows.h"

#include "ActivityChart.h"
#include "Isolation.h"
#include "persian/Collation.h"
#include "persian/Digits.h"

#include <algorithm>

namespace jalaseh::report {
namespace {

const Body* find(Id bodyId, const QList<Body>& bodies)
{
    for (const Body& body : bodies) {
        if (body.id == bodyId)
            return &body;
    }
    return nullptr;
}

int kindRank(BodyKind kind)
{
    switch (kind) {
    case BodyKind::SteeringCommittee:
        return 0;
    case BodyKind::WorkingGroup:
        return 1;
    case BodyKind::Other:
        return 2;
    }
    return 3;
}

} // namespace

QString ActivityRows::bodyName(Id bodyId, const QList<Body>& bodies, const QString& mergedInto)
{
    const Body* body = find(bodyId, bodies);
    if (!body)
        return {};
    if (body->mergedIntoId)
        if (const Body* into = find(*body->mergedIntoId, bodies))
            return mergedInto.arg(Isolation::isolated(body->name), Isolation::isolated(into->name));
    return body->name;
}

QString ActivityRows::quarterName(const JalaliQuarter& quarter, const QStringList& seasons)
{
    const QStringList& names = seasons.isEmpty() ? ActivityChart::Words().seasons : seasons;
    return names.value(quarter.quarter - 1) + QLatin1Char(' ') +
           persian::formatNumber(quarter.year);
}

QList<int> ActivityRows::inDisplayOrder(const ActivityReport& report, const QList<Body>& bodies)
{
    QList<int> rows;
    for (int row = 0; row < report.bodies().size(); ++row)
        rows.append(row);
    const persian::PersianCollator& collator = persian::PersianCollator::forThisThread();
    auto bodyOf = [&](int row) {
        return find(report.bodies()[row].bodyId, bodies);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const Body* first = bodyOf(a);
        const Body* second = bodyOf(b);
        if (!first || !second)
            return first != nullptr && second == nullptr;
        if (kindRank(first->kind) != kindRank(second->kind))
            return kindRank(first->kind) < kindRank(second->kind);
        return collator.compare(first->name, second->name) < 0;
    });
    return rows;
}

} // namespace jalaseh::report
