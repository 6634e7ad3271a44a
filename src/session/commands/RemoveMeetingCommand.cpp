#include "session/commands/RemoveMeetingCommand.h"

#include "session/RowKind.h"
#include "storage/AttachmentRepository.h"
#include "storage/MeetingRecordRepository.h"
#include "storage/MeetingRepository.h"

namespace jalaseh::session {
namespace {

// The record's rows came back under new ids, in the same order; later commands still know the
// old ones.
template <typename Row>
void renumberRows(DatabaseSession& session, int kind, const QList<Row>& before,
                  const QList<Row>& after)
{
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i)
        session.renumber(kind, before[i].id, after[i].id);
}

} // namespace

RemoveMeetingCommand::RemoveMeetingCommand(DatabaseSession& session, Id meetingId,
                                           const QString& text)
    : EditCommand(session, text)
    , m_meetingId(meetingId)
{
}

void RemoveMeetingCommand::apply(storage::Database& database)
{
    const Id meeting = session().currentId(MeetingRow, m_meetingId);
    if (auto record = storage::MeetingRecordRepository(database).load(meeting)) {
        m_record = *record;
        // Undo puts the files back: their bytes are kept with the rest.
        const storage::AttachmentRepository attachments(database);
        for (Attachment& attachment : m_record.attachments)
            attachment.content = attachments.content(attachment.id);
    }
    storage::MeetingRepository(database).remove(meeting);
}

void RemoveMeetingCommand::revert(storage::Database& database)
{
    MeetingRecord record = m_record;
    storage::MeetingRecordRepository(database).insert(record);
    session().renumber(MeetingRow, m_record.meeting.id, record.meeting.id);
    renumberRows(session(), AttendanceRow, m_record.attendance, record.attendance);
    renumberRows(session(), AgendaRow, m_record.agenda, record.agenda);
    renumberRows(session(), ContributionRow, m_record.contributions, record.contributions);
    renumberRows(session(), ProposalRow, m_record.proposals, record.proposals);
    renumberRows(session(), DecisionRow, m_record.decisions, record.decisions);
    renumberRows(session(), ActionItemRow, m_record.actionItems, record.actionItems);
    renumberRows(session(), AttachmentRow, m_record.attachments, record.attachments);
    m_record = record;
}

} // namespace jalaseh::session
