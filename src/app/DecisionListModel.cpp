#include "DecisionListModel.h"

#include "EnumLabels.h"
#include "PersonName.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PersonRepository.h"

namespace jalaseh::app {

DecisionListModel::DecisionListModel(QObject* parent)
    : RecordListModel({tr("Decision"), tr("Responsible"), tr("Deadline"), tr("Status"),
                       tr("Follow-up"), tr("Meeting")},
                      parent)
{
}

void DecisionListModel::reload(storage::Database& database, Scope scope)
{
    storage::DecisionRepository decisions(database);
    show(database, scope == Scope::Open ? decisions.open() : decisions.all(), true);
}

void DecisionListModel::reloadMeeting(storage::Database& database, Id meetingId)
{
    // Within one meeting the meeting column is not shown; skip naming every meeting.
    show(database, storage::DecisionRepository(database).ofMeeting(meetingId), false);
}

void DecisionListModel::show(storage::Database& database, QList<Decision> decisions,
                             bool withMeetings)
{
    m_people.clear();
    for (const Person& person : storage::PersonRepository(database).all())
        m_people.insert(person.id, displayName(person));
    m_meetings.clear();
    if (withMeetings)
        nameMeetings(database);

    QList<Id> ids;
    QStringList searchTexts;
    for (const Decision& decision : decisions) {
        ids.append(decision.id);
        searchTexts.append(QStringList{
            decision.text,
            decision.responsibleId ? m_people.value(*decision.responsibleId) : QString(),
            persian::formatDate(decision.deadline), m_meetings.value(decision.meetingId)}
                               .join(QLatin1Char(' ')));
    }
    m_decisions = std::move(decisions);
    setRows(std::move(ids), searchTexts);
}

void DecisionListModel::nameMeetings(storage::Database& database)
{
    QHash<Id, QString> series;
    for (const MeetingSeries& one : storage::MeetingSeriesRepository(database).all())
        series.insert(one.id, one.name);
    for (const Meeting& meeting : storage::MeetingRepository(database).all())
        m_meetings.insert(meeting.id, tr("%1 no. %2, %3")
                                          .arg(series.value(meeting.seriesId),
                                               persian::formatNumber(meeting.number),
                                               persian::formatDate(meeting.date)));
}

QString DecisionListModel::cell(int row, int column) const
{
    const Decision& decision = m_decisions.at(row);
    switch (column) {
    case TextColumn:
        return decision.text;
    case ResponsibleColumn:
        return decision.responsibleId ? m_people.value(*decision.responsibleId) : QString();
    case DeadlineColumn:
        return persian::formatDate(decision.deadline);
    case StatusColumn:
        return label(decision.status);
    case FollowUpColumn:
        return label(decision.effectiveFollowUp(QDate::currentDate()));
    case MeetingColumn:
        return m_meetings.value(decision.meetingId);
    }
    return {};
}

} // namespace jalaseh::app
