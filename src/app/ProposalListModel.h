#pragma once

#include "RecordListModel.h"
#include "core/Proposal.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::app {

class PersonListModel;

// The proposals made in one meeting, with proposer, supporters and status.
class ProposalListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        TextColumn,
        ProposerColumn,
        SupportersColumn,
        StatusColumn
    };

    ProposalListModel(const PersonListModel& people, QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const Proposal& proposalAt(int row) const { return m_rows.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    QString nameOf(Id personId) const;

    const PersonListModel& m_people;
    QList<Proposal> m_rows;
};

} // namespace jalaseh::app
