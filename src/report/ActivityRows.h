#pragma once

#include "core/Body.h"
#include "core/BodyActivity.h"

#include <QHash>
#include <QList>
#include <QString>

namespace jalaseh::report {

// How the activity report names and orders its rows wherever it is shown: the steering
// committee first, then the working groups, then other bodies, each in Persian alphabetical
// order; a merged group named with the body it joined.
class ActivityRows
{
public:
    static QList<int> inDisplayOrder(const ActivityReport& report, const QList<Body>& bodies);
    // "کارگروه پژوهش (ادغام‌شده در کارگروه آموزش)"; the application passes its translated
    // `mergedInto` ("%1 (merged into %2)").
    static QString
    bodyName(Id bodyId, const QList<Body>& bodies,
             const QString& mergedInto = QStringLiteral("%1 (ادغام‌شده در %2)"));
    // "بهار ۱۴۰۲"; `seasons` spring to winter, the documents' Persian ones unless given.
    static QString quarterName(const JalaliQuarter& quarter, const QStringList& seasons = {});
};

} // namespace jalaseh::report
