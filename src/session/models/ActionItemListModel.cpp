#include "session/models/ActionItemListModel.h"

#include "core/EnumLabels.h"
#include "persian/JalaliDate.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/ActionItemRepository.h"

namespace jalaseh::session {

ActionItemListModel::ActionItemListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("Task"), tr("Owner"), tr("Deadline"), tr("State")}, parent)
    , m_people(people)
{
    follow(people, {OwnerColumn});
}

void ActionItemListModel::reload(storage::Database& database, Id meetingId,
                                 std::optional<Id> decisionId)
{
    QList<ActionItem> rows;
    if (meetingId)
        for (const ActionItem& item : storage::ActionItemRepository(database).ofMeeting(meetingId))
            if (item.decisionId == decisionId)
                rows.append(item);
    QList<Id> ids;
    QStringList searchTexts;
    for (const ActionItem& item : std::as_const(rows)) {
        ids.append(item.id);
        searchTexts.append(item.task);
    }
    setRows(std::move(ids), searchTexts, [&] { m_rows = std::move(rows); });
}

void ActionItemListModel::clear()
{
    setRows({}, {}, [this] { m_rows.clear(); });
}

QString ActionItemListModel::cell(int row, int column) const
{
    const ActionItem& item = m_rows.at(row);
    switch (column) {
    case TaskColumn:
        return item.task;
    case OwnerColumn: {
        const Person* owner = item.ownerId ? m_people.person(*item.ownerId) : nullptr;
        return owner ? displayName(*owner) : QString();
    }
    case DeadlineColumn:
        return persian::formatDate(item.deadline);
    case StateColumn:
        return label(item.effectiveState(QDate::currentDate()));
    }
    return {};
}

} // namespace jalaseh::session
