#pragma once

#include "core/AttendanceMatrix.h"
#include "core/Body.h"
#include "core/Person.h"

#include <QDate>
#include <QList>

namespace jalaseh::storage {

class Database;

// Everything the attendance matrix of a body (or of a meeting series) over a period needs,
// loaded together.
struct AttendanceReview
{
    QList<Id> bodyIds;             // the body first, then the bodies merged into it (if asked);
                                   // for a series, its body if it has one
    Id seriesId = 0;               // the series reviewed, if a series was
    QList<MatrixMeeting> meetings; // of those bodies' series (or of the series), by date
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
    // What the absence alerts of the bodies `bodyIds` (no lineage added) need over `from`..`to`,
    // in one load that callers split by body (the home view, over every group): their meetings
    // and attendance rows, and the seats held on some day of the period by the people recorded
    // absent in it (nobody else can have an alert). No people are read: callers name the few
    // they show. So the load follows the period, not the archive's length.
    AttendanceReview loadForAbsences(const QList<Id>& bodyIds, const QDate& from,
                                     const QDate& to) const;
    // The meetings of one series held between `from` and `to`. Members of the series' body are
    // expected; for a series of no body, the people recorded other than as guests.
    AttendanceReview loadSeries(Id seriesId, const QDate& from, const QDate& to) const;
    // Each body's latest meeting (null when it never met), for bodiesWithoutMeetings(); with
    // `until`, the latest held by that day (a meeting planned for next week is not one held).
    QList<BodyLastMeeting> lastMeetings(const QDate& until = {}) const;
    // The same for the bodies `bodyIds` only (each a lookup of its series' meetings).
    QList<BodyLastMeeting> lastMeetingsOf(const QList<Id>& bodyIds, const QDate& until) const;
    // Each body's latest meeting from `from` to `until`, for the bodies that had one: a range of
    // meeting_by_date, whatever the archive's length.
    QList<BodyLastMeeting> lastMeetingsBetween(const QDate& from, const QDate& until) const;

private:
    // Which meetings: a condition on `m` (meeting) and `s` (its series) with its bound ids.
    struct Scope
    {
        QString condition;
        QList<Id> ids;
    };
    static Scope bodiesScope(const QList<Id>& bodyIds);
    void loadRest(AttendanceReview& review, const Scope& scope, const QDate& from,
                  const QDate& to) const;
    QList<MatrixMeeting> meetingsOf(const Scope& scope, const QDate& from, const QDate& to) const;
    QList<Attendance> attendanceOf(const Scope& scope, const QDate& from, const QDate& to,
                                   bool meetingsByDateFirst = false) const;
    // Every seat in the bodies; with `from` and `to`, only those held on some day between; with
    // `personIds`, only theirs.
    QList<Membership> membershipsOf(const QList<Id>& bodyIds, const QDate& from = {},
                                    const QDate& to = {}, const QList<Id>& personIds = {}) const;

    Database& m_database;
};

} // namespace jalaseh::storage
