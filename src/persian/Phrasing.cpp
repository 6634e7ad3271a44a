#include "Phrasing.h"
// Implementation in progress (issue 3).
namespace jalaseh::persian {
QString cardinalWords(int number) { return QString::number(number); }
QString ordinal(int number) { return QString::number(number); }
QString ordinalAdjective(int number) { return QString::number(number); }
QString joinList(const QStringList& items) { return items.join(QStringLiteral("، ")); }
QString honorificName(const NamedPerson& person) { return person.familyName; }
QString honorificGroup(const QList<NamedPerson>& people)
{
    QStringList names;
    for (const auto& person : people)
        names.append(person.familyName);
    return joinList(names);
}
QString timeRange(const QTime& start, const QTime& end)
{
    return start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + end.toString(QStringLiteral("HH:mm"));
}
HonorificReading readHonorificList(QStringView) { return {}; }
} // namespace jalaseh::persian
