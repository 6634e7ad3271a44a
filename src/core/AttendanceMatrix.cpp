#include "AttendanceMatrix.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace jalaseh {
namespace {

// The most senior role among the person's seats in `bodyId` on `day` (the enum lists roles from
// the most senior), or nullopt when they held none.
std::optional<MembershipRole> seatOn(const QList<const Membership*>& memberships, Id bodyId,
                                     const QDate& day)
{
    std::optional<MembershipRole> role;
    for (const Membership* seat : memberships) {
        if (seat->bodyId == bodyId && seat->isCurrentOn(day) && (!role || seat->role < *role))
            role = seat->role;
    }
    return role;
}

// At a meeting of a series of no body, the role recorded stands for a seat.
MembershipRole seatFor(AttendanceRole role)
{
    switch (role) {
    case AttendanceRole::Lead:
        return MembershipRole::Lead;
    case AttendanceRole::Secretary:
        return MembershipRole::Secretary;
    default:
        return MembershipRole::Member;
    }
}

void count(AttendanceSummary& summary, const AttendanceCell& cell)
{
    if (!cell.expected)
        return;
    ++summary.expected;
    if (!cell.status) {
        ++summary.notRecorded;
        return;
    }
    switch (*cell.status) {
    case AttendanceStatus::Present:
        ++summary.present;
        break;
    case AttendanceStatus::Late:
        ++summary.late;
        break;
    case AttendanceStatus::LeftEarly:
        ++summary.leftEarly;
        break;
    case AttendanceStatus::Excused:
        ++summary.excused;
        break;
    case AttendanceStatus::Absent:
        ++summary.absent;
        break;
    }
}

} // namespace

std::optional<double> AttendanceSummary::rate() const
{
    if (recorded() <= 0)
        return std::nullopt;
    return double(attended()) / recorded();
}

std::optional<double> AttendanceSummary::rateExcludingExcused() const
{
    const int couldCome = recorded() - excused;
    if (couldCome <= 0)
        return std::nullopt;
    return double(attended()) / couldCome;
}

AttendanceMatrix::AttendanceMatrix(QList<MatrixMeeting> meetings,
                                   const QList<Attendance>& attendance,
                                   const QList<Membership>& memberships)
    : m_meetings(std::move(meetings))
{
    std::stable_sort(m_meetings.begin(), m_meetings.end(),
                     [](const MatrixMeeting& a, const MatrixMeeting& b) {
                         return std::tie(a.date, a.id) < std::tie(b.date, b.id);
                     });
    QHash<Id, int> columnOf;
    QSet<Id> bodies;
    for (int column = 0; column < m_meetings.size(); ++column) {
        columnOf.insert(m_meetings[column].id, column);
        bodies.insert(m_meetings[column].bodyId);
    }

    // QMap so that rows come out in person-id order whatever order the rows came in.
    QMap<Id, QList<const Membership*>> seatsOf;
    for (const Membership& seat : memberships) {
        if (seat.bodyId != 0 && bodies.contains(seat.bodyId))
            seatsOf[seat.personId].append(&seat);
    }
    QHash<Id, QHash<Id, const Attendance*>> recordOf; // person -> meeting -> row
    for (const Attendance& row : attendance) {
        const int column = columnOf.value(row.meetingId, -1);
        if (column < 0)
            continue;
        recordOf[row.personId].insert(row.meetingId, &row);
        // The invited of a series of no body are rows as members would be.
        if (m_meetings[column].bodyId == 0 && row.role != AttendanceRole::Guest)
            seatsOf[row.personId];
    }

    const int columns = int(m_meetings.size());
    m_attended.fill(0, columns);
    m_attendedMembers.fill(0, columns);
    m_expected.fill(0, columns);
    for (auto seats = seatsOf.cbegin(); seats != seatsOf.cend(); ++seats) {
        QList<AttendanceCell> row(columns);
        std::optional<MembershipRole> lastRole;
        const auto& records = recordOf[seats.key()];
        for (int column = 0; column < columns; ++column) {
            const MatrixMeeting& meeting = m_meetings[column];
            AttendanceCell& cell = row[column];
            const Attendance* record = records.value(meeting.id);
            if (record) {
                cell.status = record->status;
                cell.reason = record->reason;
                cell.minutesLate = record->minutesLate;
            }
            std::optional<MembershipRole> seat;
            if (meeting.bodyId != 0)
                seat = seatOn(seats.value(), meeting.bodyId, meeting.date);
            else if (record && record->role != AttendanceRole::Guest)
                seat = seatFor(record->role);
            cell.expected = seat.has_value();
            if (seat)
                lastRole = seat;
        }
        if (!lastRole)
            continue;
        AttendanceSummary summary{.personId = seats.key()};
        for (int column = 0; column < columns; ++column) {
            count(summary, row[column]);
            if (row[column].expected) {
                ++m_expected[column];
                if (row[column].status && AttendanceCell::attended(*row[column].status))
                    ++m_attendedMembers[column];
            }
        }
        m_rowOf.insert(seats.key(), int(m_people.size()));
        m_people.append(seats.key());
        m_summaries.append(summary);
        m_roles.append(*lastRole);
        m_cells.append(row);
    }

    // Everyone who came counts in a meeting's head count, guests included.
    for (const Attendance& row : attendance) {
        const int column = columnOf.value(row.meetingId, -1);
        if (column >= 0 && AttendanceCell::attended(row.status))
            ++m_attended[column];
    }
}

QList<int> AttendanceMatrix::rowsWithRole(std::optional<MembershipRole> role) const
{
    QList<int> rows;
    for (int row = 0; row < m_people.size(); ++row) {
        if (!role || m_roles[row] == *role)
            rows.append(row);
    }
    return rows;
}

std::optional<double> AttendanceMatrix::overallRate() const
{
    int attended = 0;
    int recorded = 0;
    for (const AttendanceSummary& summary : m_summaries) {
        attended += summary.attended();
        recorded += summary.recorded();
    }
    if (recorded <= 0)
        return std::nullopt;
    return double(attended) / recorded;
}

const AttendanceCell& AttendanceMatrix::cell(int row, int column) const
{
    return m_cells.at(row * m_meetings.size() + column);
}

QList<AbsenceAlert> AttendanceMatrix::absenceAlerts(const AbsenceThresholds& thresholds) const
{
    QList<AbsenceAlert> alerts;
    const int columns = int(m_meetings.size());
    for (int row = 0; row < m_people.size(); ++row) {
        const Id person = m_people[row];
        QList<Id> run;
        auto closeRun = [&] {
            if (thresholds.consecutive > 0 && run.size() >= thresholds.consecutive)
                alerts.append({AbsenceAlert::Kind::Consecutive, person, int(run.size()), 0, run});
            run.clear();
        };
        QMap<int, QList<Id>> absencesByYear;
        for (int column = 0; column < columns; ++column) {
            const AttendanceCell& here = cell(row, column);
            if (!here.expected || !here.status)
                continue;
            if (*here.status == AttendanceStatus::Absent) {
                run.append(m_meetings[column].id);
                absencesByYear[m_meetings[column].jalaliYear].append(m_meetings[column].id);
            } else {
                closeRun();
            }
        }
        closeRun();
        for (auto year = absencesByYear.cbegin(); year != absencesByYear.cend(); ++year) {
            if (thresholds.inOneYear > 0 && year.value().size() >= thresholds.inOneYear)
                alerts.append({AbsenceAlert::Kind::InOneYear, person, int(year.value().size()),
                               year.key(), year.value()});
        }
    }
    return alerts;
}

QList<Id> AttendanceMatrix::lineage(Id bodyId, const QList<Body>& bodies)
{
    QList<Id> found{bodyId};
    // Breadth first over "merged into": each pass adds the bodies merged into those found so far.
    for (int next = 0; next < found.size(); ++next) {
        for (const Body& body : bodies) {
            if (body.mergedIntoId == found[next] && !found.contains(body.id))
                found.append(body.id);
        }
    }
    return found;
}

QList<Id> bodiesWithoutMeetings(const QList<BodyLastMeeting>& bodies, const QDate& today,
                                int months)
{
    const QDate since = today.addMonths(-months);
    QList<Id> quiet;
    for (const BodyLastMeeting& body : bodies) {
        if (!body.lastMeeting.isValid() || body.lastMeeting < since)
            quiet.append(body.bodyId);
    }
    return quiet;
}

} // namespace jalaseh
