#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Enums.h"
#include "core/Id.h"
#include "core/Person.h"
#include "report/AttendanceDocument.h"
#include "report/AttendancePdf.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::documents {

// Whose attendance is reviewed: a body (the steering committee or a working group) or a meeting
// series (such as the leads' meetings, of no body).
struct AttendanceSubject
{
    enum class Kind
    {
        Body,
        Series
    };
    Kind kind = Kind::Body;
    Id id = 0;
};

// Which review: its subject over a period (both days included), the members of one role or all,
// and, for a body, whether the meetings of the groups merged into it count too.
struct AttendanceReviewRequest
{
    AttendanceSubject subject;
    QDate from;
    QDate to;
    std::optional<MembershipRole> role;
    bool withMergedBodies = true;
};

// A review as read: the matrix, the people it names, and what the report says about it (the
// organisation, the subject's name, the groups merged into a body whose meetings are included,
// the period, the role, the absence limits kept in the database).
struct AttendanceReview
{
    AttendanceMatrix matrix{{}, {}, {}}; // no meetings until one is loaded
    QList<Person> people;
    report::AttendanceExport about;

    report::AttendanceDocument document() const { return {matrix, people, about}; }
};

// Gathers attendance reviews from the database, for the attendance view and
// `jalaseh export attendance` alike.
class AttendanceReviewSource
{
public:
    // Throws StorageError.
    static AttendanceReview load(storage::Database& database,
                                 const AttendanceReviewRequest& request);
    // The body or the series a user names, however the name is typed (ك/ک, ي/ی, with or without
    // ZWNJ); nullopt when there is none. Throw StorageError.
    static std::optional<AttendanceSubject> bodyNamed(storage::Database& database,
                                                      const QString& name);
    static std::optional<AttendanceSubject> seriesNamed(storage::Database& database,
                                                        const QString& name);
};

} // namespace jalaseh::documents
