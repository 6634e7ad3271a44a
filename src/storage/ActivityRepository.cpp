#include "ActivityRepository.h"

#include "persian/CalendarGrid.h"
#include "persian/JalaliDate.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace jalaseh::storage {
namespace {

// The meetings of the period in a body's series: the join every query below starts from.
const QLatin1String meetingsOfBodies(
    "JOIN meeting m ON m.id = x.meeting_id JOIN meeting_series s ON s.id = m.series_id "
    "WHERE s.body_id IS NOT NULL AND m.date BETWEEN ? AND ?");

} // namespace

ActivityRepository::ActivityRepository(Database& database)
    : m_database(database)
{
}

ActivityRecords ActivityRepository::load(const QDate& from, const QDate& to) const
{
    ActivityRecords records;
    records.bodies = BodyRepository(m_database).all();
    records.quarters = persian::jalaliQuartersBetween(from, to);
    // Each meeting's quarter by searching the quarters' first days: one calendar conversion per
    // quarter rather than per meeting.
    QList<QDate> starts;
    for (const JalaliQuarter& quarter : std::as_const(records.quarters))
        starts.append(persian::firstDayOfQuarter(quarter));

    Statement meetings(m_database,
                       QStringLiteral("SELECT m.id, s.body_id, m.date FROM meeting m "
                                      "JOIN meeting_series s ON s.id = m.series_id "
                                      "WHERE s.body_id IS NOT NULL AND m.date BETWEEN ? AND ? "
                                      "ORDER BY m.date, m.id"));
    meetings.bind(from).bind(to).exec();
    while (meetings.next()) {
        ActivityMeeting meeting{.id = meetings.integer(0),
                                .bodyId = meetings.integer(1),
                                .date = meetings.date(2),
                                .quarter = {}};
        const auto after = std::upper_bound(starts.cbegin(), starts.cend(), meeting.date);
        if (after != starts.cbegin())
            meeting.quarter = records.quarters.at(after - starts.cbegin() - 1);
        records.meetings.append(meeting);
    }

    Statement proposals(m_database, QStringLiteral("SELECT x.meeting_id, x.status "
                                                   "FROM proposal x ") +
                                        meetingsOfBodies);
    proposals.bind(from).bind(to).exec();
    while (proposals.next()) {
        Proposal proposal;
        proposal.meetingId = proposals.integer(0);
        proposal.status = proposals.enumValue<ProposalStatus>(1);
        records.proposals.append(proposal);
    }

    Statement decisions(m_database,
                        QStringLiteral("SELECT x.meeting_id, x.status, x.follow_up, x.deadline "
                                       "FROM decision x ") +
                            meetingsOfBodies);
    decisions.bind(from).bind(to).exec();
    while (decisions.next()) {
        Decision decision;
        decision.meetingId = decisions.integer(0);
        decision.status = decisions.enumValue<DecisionStatus>(1);
        decision.followUp = decisions.enumValue<FollowUpState>(2);
        decision.deadline = decisions.date(3);
        records.decisions.append(decision);
    }
    return records;
}

} // namespace jalaseh::storage
