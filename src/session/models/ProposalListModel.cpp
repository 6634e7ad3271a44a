#include "session/models/ProposalListModel.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/Phrasing.h"
#include "session/models/AgendaListModel.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/ProposalRepository.h"

namespace jalaseh::session {

ProposalListModel::ProposalListModel(const PersonListModel& people, const AgendaListModel& agenda,
                                     QObject* parent)
    : RecordListModel(
          {tr("No."), tr("Proposal"), tr("Topic"), tr("Proposer"), tr("Backed by"), tr("Status")},
          parent)
    , m_people(people)
    , m_agenda(agenda)
{
    follow(people, {ProposerColumn, SupportersColumn});
    follow(agenda, {TopicColumn});
}

void ProposalListModel::reload(storage::Database& database, Id meetingId)
{
    QList<Proposal> rows =
        meetingId ? storage::ProposalRepository(database).ofMeeting(meetingId) : QList<Proposal>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const Proposal& row : std::as_const(rows)) {
        ids.append(row.id);
        searchTexts.append(row.text);
    }
    setRows(std::move(ids), searchTexts, [&] { m_rows = std::move(rows); });
}

QString ProposalListModel::nameOf(Id personId) const
{
    const Person* person = m_people.person(personId);
    return person ? displayName(*person) : QString();
}

QString ProposalListModel::shortName(Id id, int length) const
{
    const int row = id ? rowOf(id) : -1;
    if (row < 0)
        return {};
    QString text = m_rows.at(row).text;
    if (text.size() > length)
        text = text.left(length).trimmed() + QStringLiteral("…");
    return tr("%1. %2").arg(persian::formatNumber(row + 1), text);
}

QString ProposalListModel::cell(int row, int column) const
{
    const Proposal& proposal = m_rows.at(row);
    switch (column) {
    case NumberColumn:
        return persian::formatNumber(row + 1);
    case TextColumn:
        return proposal.text;
    case TopicColumn:
        return m_agenda.topicName(proposal.agendaItemId.value_or(0));
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

} // namespace jalaseh::session
