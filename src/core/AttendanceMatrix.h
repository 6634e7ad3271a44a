#pragma once

#include "Attendance.h"
#include "Body.h"
#include "Id.h"
#include "Membership.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace jalaseh {

// One column of the matrix: a meeting of the reviewed body or of a body merged into it, or of a
// reviewed meeting series. The Jalali year is computed by the caller (core has no calendar) and
// buckets the yearly alert.
struct MatrixMeeting
{
    Id id = 0;
    // The body whose series the meeting belongs to; 0 for a series of no body (such as the
    // leads' meetings), where the people invited, that is recorded other than as guests, were
    // the ones expected.
    Id bodyId = 0;
    QDate date;
    int number = 0;
    int jalaliYear = 0;

    bool operator==(const MatrixMeeting&) const = default;
};

// One cell: whether the person was a member of the meeting's body on its date (and so expected),
// and what was recorded for them, if anything. A non-member who came as a guest keeps the status
// recorded, but the cell counts for nothing.
struct AttendanceCell
{
    bool expected = false;
    std::optional<AttendanceStatus> status = {}; // nullopt: nothing was recorded
    QString reason = {};                         // why excused or absent, as recorded
    int minutesLate = 0;                         // for Late

    bool isNotRecorded() const { return expected && !status; }
    // Came, but not as a member: a guest's visit, which counts for nothing.
    bool isGuestVisit() const { return !expected && status && attended(*status); }
    static bool attended(AttendanceStatus status) { return wasThere(status); }
};

// A person's counts over the meetings they were expected at.
//
// The rules (also in docs/benchmarks.md, "Attendance"):
// - present, late and left early all count as attended;
// - excused is an absence with an excuse: it lowers rate() like any absence, and is left out of
//   rateExcludingExcused() (which asks "when they could come, did they?");
// - a meeting with no attendance row for an expected member ("not recorded") is left out of both
//   rates: we do not know, so it neither helps nor hurts.
struct AttendanceSummary
{
    Id personId = 0;
    int expected = 0; // meetings held while a member
    int notRecorded = 0;
    int present = 0;
    int late = 0;
    int leftEarly = 0;
    int excused = 0;
    int absent = 0; // without excuse

    int attended() const { return present + late + leftEarly; }
    int recorded() const { return expected - notRecorded; }
    // attended / recorded, from 0 to 1; nullopt when nothing was recorded.
    std::optional<double> rate() const;
    // attended / (recorded - excused); nullopt when every recorded meeting was excused.
    std::optional<double> rateExcludingExcused() const;
};

struct AbsenceThresholds
{
    int consecutive = 3; // N unexcused absences in a row
    int inOneYear = 5;   // M unexcused absences in one Jalali year
};

struct AbsenceAlert
{
    enum class Kind
    {
        Consecutive,
        InOneYear
    };
    Kind kind = Kind::Consecutive;
    Id personId = 0;
    int count = 0;
    int jalaliYear = 0;   // for InOneYear
    QList<Id> meetingIds; // the absences, oldest first

    bool operator==(const AbsenceAlert&) const = default;
};

// The members x meetings matrix of a body over a period. Rows are the people who were members of
// a meeting's body on the day of at least one meeting (memberships of other bodies are ignored;
// guests who were never members are not rows), and for meetings of a series of no body, the
// people recorded at one of them other than as guests. Rows are in person-id order; callers sort
// them for display (core has no Persian collation). Columns are the meetings by date.
class AttendanceMatrix
{
public:
    AttendanceMatrix(QList<MatrixMeeting> meetings, const QList<Attendance>& attendance,
                     const QList<Membership>& memberships);

    const QList<MatrixMeeting>& meetings() const { return m_meetings; }
    const QList<Id>& people() const { return m_people; }
    const AttendanceCell& cell(int row, int column) const;
    const AttendanceSummary& summary(int row) const { return m_summaries.at(row); }
    int rowOf(Id personId) const { return m_rowOf.value(personId, -1); }
    // The person's role in the body at the last meeting they were expected at (the most senior
    // when several seats held that day; for a series of no body, read from the role recorded:
    // lead and secretary as such, anything else as member).
    MembershipRole role(int row) const { return m_roles.at(row); }
    // The rows whose role is `role` (every row when nullopt), in row order.
    QList<int> rowsWithRole(std::optional<MembershipRole> role) const;
    // How many came to the meeting (present, late or left early), members or not.
    int attendedCount(int column) const { return m_attended.at(column); }
    // How many of those expected came; attendedCount() less the guests.
    int attendedMembers(int column) const { return m_attendedMembers.at(column); }
    int expectedCount(int column) const { return m_expected.at(column); }
    // Attended / recorded over every row's expected meetings (what the body achieved as a
    // whole); nullopt when nothing was recorded.
    std::optional<double> overallRate() const;

    // Unexcused absences: each run of at least `consecutive` in a row (meetings the person was
    // expected at and recorded; an attendance or an excused absence ends the run, a meeting not
    // recorded or outside the membership is skipped), and each Jalali year with at least
    // `inOneYear`. By row, then consecutive runs before years.
    QList<AbsenceAlert> absenceAlerts(const AbsenceThresholds& thresholds = {}) const;

    // `bodyId` and every body merged into it, directly or through other merged bodies; `bodyId`
    // first. Safe against cycles in bad data.
    static QList<Id> lineage(Id bodyId, const QList<Body>& bodies);

private:
    QList<MatrixMeeting> m_meetings;
    QList<Id> m_people;
    QHash<Id, int> m_rowOf;
    QList<AttendanceCell> m_cells; // row-major
    QList<AttendanceSummary> m_summaries;
    QList<MembershipRole> m_roles;
    QList<int> m_attended;
    QList<int> m_attendedMembers;
    QList<int> m_expected;
};

// A body's most recent meeting (a null date when it never met).
struct BodyLastMeeting
{
    Id bodyId = 0;
    QDate lastMeeting;
};

// The bodies that have not met in the `months` months before `today` (or never met), in the
// order given. Callers pass the bodies worth asking about (active, not merged).
QList<Id> bodiesWithoutMeetings(const QList<BodyLastMeeting>& bodies, const QDate& today,
                                int months);

} // namespace jalaseh
