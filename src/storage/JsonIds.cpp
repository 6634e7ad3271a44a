#include "JsonIds.h"

namespace jalaseh::storage {

QString jsonArray(const QList<Id>& ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json.append(QLatin1Char('['));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json.append(QLatin1Char(','));
        json.append(QString::number(ids[i]));
    }
    json.append(QLatin1Char(']'));
    return json;
}

} // namespace jalaseh::storage
