#include "AttendanceReviewSource.h"

#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/SettingsRepository.h"

#include <QHash>

namespace jalaseh::documents {
namespace {

QString nameOf(storage::Database& database, const AttendanceSubject& subject)
{
    if (subject.kind == AttendanceSubject::Kind::Body) {
        const auto body = storage::BodyRepository(database).find(subject.id);
        return body ? body->name : QString();
    }
    const auto series = storage::MeetingSeriesRepository(database).find(subject.id);
    return series ? series->name : QString();
}

// The names of `bodyIds`, in their order (the lineage's: merged groups by generation, each in
// Persian order).
QStringList namesOf(storage::Database& database, const QList<Id>& bodyIds)
{
    if (bodyIds.isEmpty())
        return {};
    QHash<Id, QString> names;
    for (const Body& body : storage::BodyRepository(database).findAll(bodyIds))
        names.insert(body.id, body.name);
    QStringList inOrder;
    for (const Id id : bodyIds)
        inOrder.append(names.value(id));
    return inOrder;
}

} // namespace

AttendanceReview AttendanceReviewSource::load(storage::Database& database,
                                              const AttendanceReviewRequest& request)
{
    const storage::AttendanceReviewRepository reviews(database);
    const bool ofBody = request.subject.kind == AttendanceSubject::Kind::Body;
    const storage::AttendanceReview records =
        ofBody
            ? reviews.load(request.subject.id, request.from, request.to, request.withMergedBodies)
            : reviews.loadSeries(request.subject.id, request.from, request.to);

    const storage::SettingsRepository settings(database);
    AttendanceReview review{.matrix = records.matrix(), .people = records.people, .about = {}};
    review.about.organisation = settings.organisation().name;
    review.about.subject = nameOf(database, request.subject);
    // A series' body is the series' own, not one merged into what is reviewed.
    if (ofBody)
        review.about.mergedBodies = namesOf(database, records.bodyIds.mid(1));
    review.about.from = request.from;
    review.about.to = request.to;
    review.about.role = request.role;
    review.about.thresholds = settings.reviewRules().absenceThresholds();
    return review;
}

std::optional<AttendanceSubject> AttendanceReviewSource::bodyNamed(storage::Database& database,
                                                                   const QString& name)
{
    const auto body = storage::BodyRepository(database).findByName(name);
    if (!body)
        return std::nullopt;
    return AttendanceSubject{AttendanceSubject::Kind::Body, body->id};
}

std::optional<AttendanceSubject> AttendanceReviewSource::seriesNamed(storage::Database& database,
                                                                     const QString& name)
{
    const auto series = storage::MeetingSeriesRepository(database).findByName(name);
    if (!series)
        return std::nullopt;
    return AttendanceSubject{AttendanceSubject::Kind::Series, series->id};
}

} // namespace jalaseh::documents
