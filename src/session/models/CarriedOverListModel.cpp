#include "session/models/CarriedOverListModel.h"

#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/DecisionRepository.h"
#include "storage/MeetingRepository.h"

namespace jalaseh::session {

CarriedOverListModel::CarriedOverListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("Decision"), tr("From the meeting"), tr("Status"), tr("Responsible"),
                       tr("Deadline"), tr("In this meeting")},
                      parent)
    , m_people(people)
{
    follow(people, {ResponsibleColumn});
}

void CarriedOverListModel::reload(storage::Database& database, Id meetingId)
{
    QList<Decision> decisions = storage::DecisionRepository(database).carriedInto(meetingId);
    QList<Id> meetingIds;
    for (const Decision& decision : decisions)
        meetingIds.append(decision.meetingId);
    QHash<Id, QString> meetings;
    for (const Meeting& meeting : storage::MeetingRepository(database).findAll(meetingIds))
        meetings.insert(meeting.id, tr("no. %1, %2")
                                        .arg(persian::formatNumber(meeting.number),
                                             persian::formatDate(meeting.date)));
    QList<Id> ids;
    QStringList searchTexts;
    for (const Decision& decision : decisions) {
        ids.append(decision.id);
        searchTexts.append(decision.text);
    }
    setRows(std::move(ids), searchTexts, [&] {
        m_meetingId = meetingId;
        m_meetings = std::move(meetings);
        m_decisions = std::move(decisions);
    });
}

void CarriedOverListModel::clear()
{
    setRows({}, {}, [this] {
        m_meetingId = 0;
        m_meetings.clear();
        m_decisions.clear();
    });
}

bool CarriedOverListModel::isReviewedHere(int row) const
{
    return m_decisions.at(row).reviewedInMeetingIds.contains(m_meetingId);
}

QString CarriedOverListModel::cell(int row, int column) const
{
    const Decision& decision = m_decisions.at(row);
    switch (column) {
    case TextColumn:
        return decision.text;
    case FromColumn:
        return m_meetings.value(decision.meetingId);
    case StatusColumn:
        return label(decision.status);
    case ResponsibleColumn: {
        const Person* person =
            decision.responsibleId ? m_people.person(*decision.responsibleId) : nullptr;
        return person ? displayName(*person) : QString();
    }
    case DeadlineColumn:
        return persian::formatDate(decision.deadline);
    case HereColumn:
        return isReviewedHere(row) ? tr("Taken up") : tr("To review");
    }
    return {};
}

} // namespace jalaseh::session
