#pragma once

#include "core/Proposal.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class AgendaListModel;
class PersonListModel;

// The proposals made in one meeting, with their agenda item, proposer, backers and status.
class ProposalListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        TopicColumn,
        ProposerColumn,
        SupportersColumn,
        StatusColumn
    };

    ProposalListModel(const PersonListModel& people, const AgendaListModel& agenda,
                      QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const Proposal& proposalAt(int row) const { return m_rows.at(row); }
    // "۱. ادغام کارگروه‌ها" for the proposal `id`, the text cut to `length` letters; empty
    // for 0 or an unknown id.
    QString shortName(Id id, int length = 80) const;

protected:
    QString cell(int row, int column) const override;

private:
    QString nameOf(Id personId) const;

    const PersonListModel& m_people;
    const AgendaListModel& m_agenda;
    QList<Proposal> m_rows;
};

} // namespace jalaseh::session
