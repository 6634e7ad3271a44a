#include "ActivityReviewSource.h"

#include "storage/ActivityRepository.h"
#include "storage/SettingsRepository.h"

namespace jalaseh::documents {

ActivityReview ActivityReviewSource::load(storage::Database& database,
                                          const ActivityReviewRequest& request)
{
    const ActivityRecords records =
        storage::ActivityRepository(database).load(request.from, request.to);
    ActivityReview review{.activity =
                              ActivityReport::compute(records, request.today, request.foldMerged),
                          .bodies = records.bodies,
                          .about = {}};
    review.about.organisation = storage::SettingsRepository(database).organisation().name;
    review.about.from = request.from;
    review.about.to = request.to;
    review.about.today = request.today;
    review.about.foldMerged = request.foldMerged;
    return review;
}

} // namespace jalaseh::documents
