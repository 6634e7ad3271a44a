#include "ProposalListModel.h"

#include "EnumLabels.h"
#include "PersonListModel.h"
#include "PersonName.h"
#include "persian/Phrasing.h"
#include "storage/ProposalRepository.h"

namespace jalaseh::app {

ProposalListModel::ProposalListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("Proposal"), tr("Proposer"), tr("Supporters"), tr("Status")}, parent)
    , m_people(people)
{
}

void ProposalListModel::reload(storage::Database& database, Id meetingId)
{
    m_rows =
        meetingId ? storage::ProposalRepository(database).ofMeeting(meetingId) : QList<Proposal>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const Proposal& row : std::as_const(m_rows)) {
        ids.append(row.id);
        searchTexts.append(row.text);
    }
    setRows(std::move(ids), searchTexts);
}

QString ProposalListModel::nameOf(Id personId) const
{
    const Person* person = m_people.person(personId);
    return person ? displayName(*person) : QString();
}

QString ProposalListModel::cell(int row, int column) const
{
    const Proposal& proposal = m_rows.at(row);
    switch (column) {
    case TextColumn:
        return proposal.text;
    case ProposerColumn:
        return proposal.proposerId ? nameOf(*proposal.proposerId) : QString();
    case SupportersColumn: {
        QStringList names;
        for (Id supporter : proposal.supporterIds)
            names.append(nameOf(supporter));
        return persian::joinList(names);
    }
    case StatusColumn:
        return label(proposal.status);
    }
    return {};
}

} // namespace jalaseh::app
