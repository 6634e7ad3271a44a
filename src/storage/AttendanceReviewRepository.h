#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Body.h"
#include "core/Person.h"

#include <QDate>
#include <QList>

namespace jalaseh::storage {

class Database;

// Everything the attendance matrix of a body over a period needs, loaded together.
struct AttendanceReview
{
    QList<Id> bodyIds;             // the body first, then the bodies merged into it (if asked)
    QList<MatrixMeeting> meetings; // of those bodies' series, between the two days, by date
    QList<Attendance> attendance;  // of those meetings
    QList<Membership> memberships; // of those bodies, any period
    QList<Person> people;          // everyone the memberships and attendance rows name, by id

    AttendanceMatrix matrix() const { return AttendanceMatrix(meetings, attendance, memberships); }
};

// Reads what attendance review needs in a handful of queries (bodies, meetings, attendance,
// memberships, people), whatever the number of meetings.
class AttendanceReviewRepository
{
public:
    explicit AttendanceReviewRepository(Database& database);

    // The meetings of `bodyId` held between `from` and `to` (both included), with those of the
    // bodies merged into it when `withMergedBodies`.
    AttendanceReview load(Id bodyId, const QDate& from, const QDate& to,
                          bool withMergedBodies = true) const;
    // Each body's latest meeting (null when it never met), for bodiesWithoutMeetings().
    QList<BodyLastMeeting> lastMeetings() const;

private:
    QList<MatrixMeeting> meetingsOf(const QList<Id>& bodyIds, const QDate& from,
                                    const QDate& to) const;
    QList<Attendance> attendanceOf(const QList<Id>& bodyIds, const QDate& from,
                                   const QDate& to) const;
    QList<Membership> membershipsOf(const QList<Id>& bodyIds) const;

    Database& m_database;
};

} // namespace jalaseh::storage
