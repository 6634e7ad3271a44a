#pragma once

#include "core/Body.h"
#include "core/BodyActivity.h"
#include "report/ActivityDocument.h"
#include "report/ActivityExport.h"

#include <QDate>
#include <QList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::documents {

// Which activity review: every body's meetings, proposals and decisions over a period (both days
// included), their follow-up reckoned on `today`, and whether a merged group's meetings count for
// the body it joined.
struct ActivityReviewRequest
{
    QDate from;
    QDate to;
    QDate today;
    bool foldMerged = false;
};

// A review as read: every body's activity, the bodies it names, and what the report says about it
// (the organisation, the period, the day of the follow-up, the bodies the chart draws: all
// together until the caller chooses some).
struct ActivityReview
{
    ActivityReport activity;
    QList<Body> bodies;
    report::ActivityExport about;

    report::ActivityDocument document() const { return {activity, bodies, about}; }
};

// Gathers activity reviews from the database, for the attendance view's activity tab and
// `jalaseh export activity` alike.
class ActivityReviewSource
{
public:
    // Throws StorageError.
    static ActivityReview load(storage::Database& database, const ActivityReviewRequest& request);
};

} // namespace jalaseh::documents
