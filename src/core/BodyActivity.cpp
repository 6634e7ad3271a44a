#include "BodyActivity.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace jalaseh {
namespace {

void addInto(BodyActivity& sum, const BodyActivity& row)
{
    if (sum.meetingsPerQuarter.size() < row.meetingsPerQuarter.size())
        sum.meetingsPerQuarter.resize(row.meetingsPerQuarter.size());
    for (qsizetype i = 0; i < row.meetingsPerQuarter.size(); ++i)
        sum.meetingsPerQuarter[i] += row.meetingsPerQuarter[i];
    sum.meetings += row.meetings;
    sum.planned += row.planned;
    sum.proposals += row.proposals;
    sum.decisions += row.decisions;
    sum.open += row.open;
    sum.done += row.done;
    sum.overdue += row.overdue;
    if (row.lastMeeting.isValid() &&
        (!sum.lastMeeting.isValid() || sum.lastMeeting < row.lastMeeting))
        sum.lastMeeting = row.lastMeeting;
}

} // namespace

Id ActivityReport::survivorOf(Id bodyId, const QList<Body>& bodies)
{
    QHash<Id, Id> mergedInto;
    for (const Body& body : bodies) {
        if (body.mergedIntoId)
            mergedInto.insert(body.id, *body.mergedIntoId);
    }
    QSet<Id> seen{bodyId};
    Id current = bodyId;
    while (mergedInto.contains(current)) {
        current = mergedInto.value(current);
        if (seen.contains(current))
            return bodyId; // a cycle: bad data; the body stands for itself
        seen.insert(current);
    }
    return current;
}

ActivityReport ActivityReport::compute(const ActivityRecords& records, const QDate& today,
                                       bool foldMerged)
{
    ActivityReport report;
    report.m_quarters = records.quarters;
    const qsizetype quarterCount = records.quarters.size();
    QMap<JalaliQuarter, int> quarterIndex;
    for (int i = 0; i < quarterCount; ++i)
        quarterIndex.insert(records.quarters[i], i);

    QHash<Id, Id> rowBodyOf; // body -> the body whose row it counts in
    for (const Body& body : records.bodies)
        rowBodyOf.insert(body.id, foldMerged ? survivorOf(body.id, records.bodies) : body.id);
    QSet<Id> met;
    for (const ActivityMeeting& meeting : records.meetings)
        met.insert(rowBodyOf.value(meeting.bodyId, meeting.bodyId));

    QHash<Id, int> rowOfBody;
    for (const Body& body : records.bodies) {
        const Id rowBody = rowBodyOf.value(body.id);
        if (rowBody != body.id) {
            continue; // folded into its survivor's row
        }
        if (!(body.isActive() || met.contains(body.id)))
            continue;
        rowOfBody.insert(body.id, int(report.m_bodies.size()));
        BodyActivity row;
        row.bodyId = body.id;
        row.includedBodyIds.append(body.id);
        row.meetingsPerQuarter.fill(0, quarterCount);
        report.m_bodies.append(row);
    }
    for (const Body& body : records.bodies) {
        const Id rowBody = rowBodyOf.value(body.id);
        if (rowBody != body.id && rowOfBody.contains(rowBody))
            report.m_bodies[rowOfBody.value(rowBody)].includedBodyIds.append(body.id);
    }

    QHash<Id, int> rowOfMeeting; // held meetings only
    for (const ActivityMeeting& meeting : records.meetings) {
        const int row = rowOfBody.value(rowBodyOf.value(meeting.bodyId, meeting.bodyId), -1);
        if (row < 0)
            continue;
        BodyActivity& activity = report.m_bodies[row];
        if (meeting.date > today) {
            ++activity.planned;
            continue;
        }
        ++activity.meetings;
        const int quarter = quarterIndex.value(meeting.quarter, -1);
        if (quarter >= 0)
            ++activity.meetingsPerQuarter[quarter];
        if (!activity.lastMeeting.isValid() || activity.lastMeeting < meeting.date)
            activity.lastMeeting = meeting.date;
        rowOfMeeting.insert(meeting.id, row);
    }
    for (const Proposal& proposal : records.proposals) {
        const int row = rowOfMeeting.value(proposal.meetingId, -1);
        if (row >= 0)
            ++report.m_bodies[row].proposals;
    }
    for (const Decision& decision : records.decisions) {
        const int row = rowOfMeeting.value(decision.meetingId, -1);
        if (row < 0)
            continue;
        BodyActivity& activity = report.m_bodies[row];
        ++activity.decisions;
        if (decision.status == DecisionStatus::Rejected)
            continue;
        switch (decision.effectiveFollowUp(today)) {
        case FollowUpState::Done:
            ++activity.done;
            break;
        case FollowUpState::Overdue:
            ++activity.overdue;
            break;
        case FollowUpState::Open:
        case FollowUpState::InProgress:
            ++activity.open;
            break;
        }
    }

    report.m_total.meetingsPerQuarter.fill(0, quarterCount);
    for (const BodyActivity& row : std::as_const(report.m_bodies))
        addInto(report.m_total, row);
    return report;
}

int ActivityReport::rowOf(Id bodyId) const
{
    for (int row = 0; row < m_bodies.size(); ++row) {
        if (m_bodies[row].bodyId == bodyId)
            return row;
    }
    return -1;
}

} // namespace jalaseh
