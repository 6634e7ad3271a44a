#include "session/models/DecisionListModel.h"

#include "core/EnumLabels.h"
#include "persian/JalaliDate.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/DecisionRepository.h"

namespace jalaseh::session {

DecisionListModel::DecisionListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel(
          {tr("Decision"), tr("Responsible"), tr("Deadline"), tr("Status"), tr("Follow-up")},
          parent)
    , m_people(people)
{
    follow(people, {ResponsibleColumn});
}

void DecisionListModel::reloadMeeting(storage::Database& database, Id meetingId)
{
    QList<Decision> decisions = storage::DecisionRepository(database).ofMeeting(meetingId);
    QList<Id> ids;
    QStringList searchTexts;
    for (const Decision& decision : decisions) {
        ids.append(decision.id);
        searchTexts.append(QStringList{decision.text, responsible(decision),
                                       persian::formatDate(decision.deadline)}
                               .join(QLatin1Char(' ')));
    }
    setRows(std::move(ids), searchTexts, [&] { m_decisions = std::move(decisions); });
}

QString DecisionListModel::responsible(const Decision& decision) const
{
    if (!decision.responsibleId)
        return {};
    const Person* person = m_people.person(*decision.responsibleId);
    return person ? displayName(*person) : QString();
}

QString DecisionListModel::cell(int row, int column) const
{
    const Decision& decision = m_decisions.at(row);
    switch (column) {
    case TextColumn:
        return decision.text;
    case ResponsibleColumn:
        return responsible(decision);
    case DeadlineColumn:
        return persian::formatDate(decision.deadline);
    case StatusColumn:
        return label(decision.status);
    case FollowUpColumn:
        return label(decision.effectiveFollowUp(QDate::currentDate()));
    }
    return {};
}

} // namespace jalaseh::session
