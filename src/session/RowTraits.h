#pragma once

#include "core/ActionItem.h"
#include "core/AgendaItem.h"
#include "core/Attendance.h"
#include "core/Body.h"
#include "core/Contribution.h"
#include "core/Decision.h"
#include "core/Meeting.h"
#include "core/MeetingSeries.h"
#include "core/Membership.h"
#include "core/Person.h"
#include "core/Proposal.h"
#include "session/DatabaseSession.h"
#include "session/RowKind.h"
#include "storage/ActionItemRepository.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/BodyRepository.h"
#include "storage/ContributionRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProposalRepository.h"

#include <optional>

// What the generic edit commands need to know of each kind of row: its repository, a number
// telling its table apart, what views it changes, and which of its fields refer to other rows.
namespace jalaseh::session {

template <typename Row>
struct RowTraits;

#define JALASEH_ROW_TRAITS(RowType, RepositoryType, kindValue, changeValue)                        \
    template <>                                                                                    \
    struct RowTraits<RowType>                                                                      \
    {                                                                                              \
        using Repository = storage::RepositoryType;                                                \
        static constexpr int kind = kindValue;                                                     \
        static constexpr Change change = Change::changeValue;                                      \
    };

JALASEH_ROW_TRAITS(Person, PersonRepository, PersonRow, People)
JALASEH_ROW_TRAITS(Body, BodyRepository, BodyRow, Bodies)
JALASEH_ROW_TRAITS(Membership, MembershipRepository, MembershipRow, Memberships)
JALASEH_ROW_TRAITS(MeetingSeries, MeetingSeriesRepository, SeriesRow, Series)
JALASEH_ROW_TRAITS(Meeting, MeetingRepository, MeetingRow, Meetings)
JALASEH_ROW_TRAITS(Attendance, AttendanceRepository, AttendanceRow, MeetingRows)
JALASEH_ROW_TRAITS(AgendaItem, AgendaItemRepository, AgendaRow, MeetingRows)
JALASEH_ROW_TRAITS(Contribution, ContributionRepository, ContributionRow, MeetingRows)
JALASEH_ROW_TRAITS(Proposal, ProposalRepository, ProposalRow, MeetingRows)
JALASEH_ROW_TRAITS(Decision, DecisionRepository, DecisionRow, MeetingRows)
JALASEH_ROW_TRAITS(ActionItem, ActionItemRepository, ActionItemRow, MeetingRows)
#undef JALASEH_ROW_TRAITS

// The meeting a row belongs to, for the views to reload; 0 for rows outside meetings.
template <typename Row>
Id meetingOf(const Row& row)
{
    if constexpr (requires { row.meetingId; })
        return row.meetingId;
    else if constexpr (std::is_same_v<Row, Meeting>)
        return row.id;
    else
        return 0;
}

// Brings a row's references up to date with rows that an undo and redo gave new ids.
class ReferenceUpdater
{
public:
    explicit ReferenceUpdater(const DatabaseSession& session)
        : m_session(session)
    {
    }

    void operator()(Person&) const {}
    void operator()(Body& row) const { update(BodyRow, row.mergedIntoId); }
    void operator()(Membership& row) const
    {
        update(PersonRow, row.personId);
        update(BodyRow, row.bodyId);
    }
    void operator()(MeetingSeries& row) const { update(BodyRow, row.bodyId); }
    void operator()(Meeting& row) const
    {
        update(SeriesRow, row.seriesId);
        update(PersonRow, row.chairId);
        update(PersonRow, row.secretaryId);
    }
    void operator()(Attendance& row) const
    {
        update(MeetingRow, row.meetingId);
        update(PersonRow, row.personId);
        update(BodyRow, row.representsBodyId);
    }
    void operator()(AgendaItem& row) const { update(MeetingRow, row.meetingId); }
    void operator()(Contribution& row) const
    {
        update(MeetingRow, row.meetingId);
        update(PersonRow, row.speakerId);
        update(AgendaRow, row.agendaItemId);
    }
    void operator()(Proposal& row) const
    {
        update(MeetingRow, row.meetingId);
        update(PersonRow, row.proposerId);
        for (Id& supporter : row.supporterIds)
            update(PersonRow, supporter);
        update(AgendaRow, row.agendaItemId);
    }
    void operator()(Decision& row) const
    {
        update(MeetingRow, row.meetingId);
        update(PersonRow, row.responsibleId);
        update(ProposalRow, row.proposalId);
        for (Id& meeting : row.reviewedInMeetingIds)
            update(MeetingRow, meeting);
    }
    void operator()(ActionItem& row) const
    {
        update(MeetingRow, row.meetingId);
        update(DecisionRow, row.decisionId);
        update(PersonRow, row.ownerId);
    }

private:
    void update(int kind, Id& id) const { id = m_session.currentId(kind, id); }
    void update(int kind, std::optional<Id>& id) const
    {
        if (id)
            id = m_session.currentId(kind, *id);
    }

    const DatabaseSession& m_session;
};

} // namespace jalaseh::session
