#pragma once

#include "core/Body.h"
#include "core/BodyActivity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jalaseh::report {

// What the activity report says about its numbers.
struct ActivityExport
{
    QString organisation = {};
    QDate from = {};
    QDate to = {};
    QDate today = {}; // the day the follow-up of decisions is reported on
    bool foldMerged = false;
    QList<Id> chartedBodies = {}; // the bodies the chart draws; empty: all bodies together
};

} // namespace jalaseh::report
