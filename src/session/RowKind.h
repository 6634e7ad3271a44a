#pragma once

namespace jalaseh::session {

// Tells the tables apart where ids of different tables meet (DatabaseSession::currentId).
enum RowKind
{
    PersonRow = 1,
    BodyRow,
    MembershipRow,
    SeriesRow,
    MeetingRow,
    AttendanceRow,
    AgendaRow,
    ContributionRow,
    ProposalRow,
    DecisionRow,
    ActionItemRow,
    AttachmentRow
};

} // namespace jalaseh::session
