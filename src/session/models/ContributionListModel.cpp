#include "session/models/ContributionListModel.h"

#include "persian/Digits.h"
#include "session/models/AgendaListModel.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/ContributionRepository.h"

namespace jalaseh::session {

ContributionListModel::ContributionListModel(const PersonListModel& people,
                                             const AgendaListModel& agenda, QObject* parent)
    : OrderedListModel({tr("No."), tr("Speaker"), tr("Topic"), tr("What was said")},
                       QStringLiteral("application/x-jalaseh-contribution-row"), parent)
    , m_people(people)
    , m_agenda(agenda)
{
    follow(people, {SpeakerColumn});
    follow(agenda, {TopicColumn});
}

void ContributionListModel::reload(storage::Database& database, Id meetingId)
{
    QList<Contribution> rows = meetingId
                                   ? storage::ContributionRepository(database).ofMeeting(meetingId)
                                   : QList<Contribution>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const Contribution& row : std::as_const(rows)) {
        ids.append(row.id);
        searchTexts.append(row.text);
    }
    setRows(std::move(ids), searchTexts, [&] { m_rows = std::move(rows); });
}

QString ContributionListModel::cell(int row, int column) const
{
    const Contribution& contribution = m_rows.at(row);
    switch (column) {
    case NumberColumn:
        return persian::formatNumber(row + 1);
    case SpeakerColumn: {
        const Person* person = m_people.person(contribution.speakerId);
        return person ? displayName(*person) : QString();
    }
    case TopicColumn:
        return m_agenda.topicName(contribution.agendaItemId.value_or(0));
    case TextColumn:
        return contribution.text;
    }
    return {};
}

} // namespace jalaseh::session
