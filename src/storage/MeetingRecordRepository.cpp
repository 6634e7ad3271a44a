#include "MeetingRecordRepository.h"

#include "storage/ActionItemRepository.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttachmentRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/Database.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProposalRepository.h"

#include <QSet>

namespace jalaseh::storage {
namespace {

void addId(QSet<Id>& ids, std::optional<Id> id)
{
    if (id)
        ids.insert(*id);
}

QSet<Id> peopleReferredToIn(const MeetingRecord& record)
{
    QSet<Id> ids;
    addId(ids, record.meeting.chairId);
    addId(ids, record.meeting.secretaryId);
    for (const Attendance& attendance : record.attendance)
        ids.insert(attendance.personId);
    for (const Contribution& contribution : record.contributions)
        ids.insert(contribution.speakerId);
    for (const Proposal& proposal : record.proposals) {
        addId(ids, proposal.proposerId);
        for (Id supporter : proposal.supporterIds)
            ids.insert(supporter);
    }
    for (const Decision& decision : record.decisions)
        addId(ids, decision.responsibleId);
    for (const Decision& decision : record.carriedOver)
        addId(ids, decision.responsibleId);
    for (const ActionItem& item : record.actionItems)
        addId(ids, item.ownerId);
    return ids;
}

QSet<Id> bodiesReferredToIn(const MeetingRecord& record)
{
    QSet<Id> ids;
    addId(ids, record.series.bodyId);
    for (const Attendance& attendance : record.attendance)
        addId(ids, attendance.representsBodyId);
    return ids;
}

// Maps the provisional ids of a record's rows to the ids they got.
class IdMap
{
public:
    void add(Id provisional, Id stored)
    {
        if (provisional != 0)
            m_ids.insert(provisional, stored);
    }
    std::optional<Id> apply(std::optional<Id> id) const
    {
        if (id && m_ids.contains(*id))
            return m_ids.value(*id);
        return id;
    }

private:
    QHash<Id, Id> m_ids;
};

} // namespace

MeetingRecordRepository::MeetingRecordRepository(Database& database)
    : m_database(database)
{
}

std::optional<MeetingRecord> MeetingRecordRepository::load(Id meetingId) const
{
    const auto meeting = MeetingRepository(m_database).find(meetingId);
    if (!meeting)
        return std::nullopt;
    MeetingRecord record;
    record.meeting = *meeting;
    record.series =
        MeetingSeriesRepository(m_database).find(meeting->seriesId).value_or(MeetingSeries{});
    record.attendance = AttendanceRepository(m_database).ofMeeting(meetingId);
    record.agenda = AgendaItemRepository(m_database).ofMeeting(meetingId);
    record.contributions = ContributionRepository(m_database).ofMeeting(meetingId);
    record.proposals = ProposalRepository(m_database).ofMeeting(meetingId);
    const DecisionRepository decisions(m_database);
    record.decisions = decisions.ofMeeting(meetingId);
    record.carriedOver = decisions.carriedInto(meetingId);
    record.actionItems = ActionItemRepository(m_database).ofMeeting(meetingId);
    record.attachments = AttachmentRepository(m_database).ofMeeting(meetingId);

    for (const Person& person :
         PersonRepository(m_database).findAll(peopleReferredToIn(record).values()))
        record.people.insert(person.id, person);
    const BodyRepository bodyRepository(m_database);
    QSet<Id> bodyIds = bodiesReferredToIn(record);
    for (const Body& body : bodyRepository.findAll(bodyIds.values())) {
        record.bodies.insert(body.id, body);
        addId(bodyIds, body.mergedIntoId);
    }
    // A merged group is shown with the body it went into.
    for (const Body& body : bodyRepository.findAll(bodyIds.values()))
        record.bodies.insert(body.id, body);
    return record;
}

Id MeetingRecordRepository::insert(MeetingRecord& record)
{
    // Worked on a copy: when anything fails, the caller's record keeps its provisional ids.
    MeetingRecord stored = record;
    Transaction transaction(m_database);
    if (stored.meeting.seriesId == 0)
        stored.meeting.seriesId = stored.series.id;
    const Id meetingId = MeetingRepository(m_database).insert(stored.meeting);

    IdMap agendaIds;
    AgendaItemRepository agenda(m_database);
    for (AgendaItem& item : stored.agenda) {
        const Id provisional = item.id;
        item.meetingId = meetingId;
        item.position = 0; // appended in the record's order
        agendaIds.add(provisional, agenda.insert(item));
    }
    AttendanceRepository attendance(m_database);
    for (Attendance& row : stored.attendance) {
        row.meetingId = meetingId;
        attendance.insert(row);
    }
    ContributionRepository contributions(m_database);
    for (Contribution& contribution : stored.contributions) {
        contribution.meetingId = meetingId;
        contribution.position = 0;
        contribution.agendaItemId = agendaIds.apply(contribution.agendaItemId);
        contributions.insert(contribution);
    }
    IdMap proposalIds;
    ProposalRepository proposals(m_database);
    for (Proposal& proposal : stored.proposals) {
        const Id provisional = proposal.id;
        proposal.meetingId = meetingId;
        proposal.position = 0;
        proposal.agendaItemId = agendaIds.apply(proposal.agendaItemId);
        proposalIds.add(provisional, proposals.insert(proposal));
    }
    IdMap decisionIds;
    DecisionRepository decisions(m_database);
    for (Decision& decision : stored.decisions) {
        const Id provisional = decision.id;
        decision.meetingId = meetingId;
        decision.position = 0;
        decision.proposalId = proposalIds.apply(decision.proposalId);
        decisionIds.add(provisional, decisions.insert(decision));
    }
    ActionItemRepository actionItems(m_database);
    for (ActionItem& item : stored.actionItems) {
        item.meetingId = meetingId;
        item.decisionId = decisionIds.apply(item.decisionId);
        actionItems.insert(item);
    }
    AttachmentRepository attachments(m_database);
    for (Attachment& attachment : stored.attachments) {
        attachment.meetingId = meetingId;
        attachments.insert(attachment);
    }
    for (Decision& carried : stored.carriedOver) {
        if (carried.id == 0)
            continue;
        decisions.addReview(carried.id, meetingId);
        if (!carried.reviewedInMeetingIds.contains(meetingId))
            carried.reviewedInMeetingIds.append(meetingId);
    }
    transaction.commit();
    record = std::move(stored);
    return meetingId;
}

} // namespace jalaseh::storage
