#include "session/models/AgendaListModel.h"

#include "persian/Digits.h"
#include "storage/AgendaItemRepository.h"

namespace jalaseh::session {

AgendaListModel::AgendaListModel(QObject* parent)
    : OrderedListModel({tr("No."), tr("Agenda item"), tr("Kind"), tr("Details")},
                       QStringLiteral("application/x-jalaseh-agenda-row"), parent)
{
}

void AgendaListModel::reload(storage::Database& database, Id meetingId)
{
    QList<AgendaItem> rows = meetingId
                                 ? storage::AgendaItemRepository(database).ofMeeting(meetingId)
                                 : QList<AgendaItem>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const AgendaItem& row : std::as_const(rows)) {
        ids.append(row.id);
        searchTexts.append(row.title + QLatin1Char(' ') + row.description);
    }
    setRows(std::move(ids), searchTexts, [&] { m_rows = std::move(rows); });
}

QString AgendaListModel::topicName(Id id) const
{
    const int row = id ? rowOf(id) : -1;
    if (row < 0)
        return {};
    return tr("%1. %2").arg(persian::formatNumber(row + 1), m_rows.at(row).title);
}

QString AgendaListModel::cell(int row, int column) const
{
    const AgendaItem& item = m_rows.at(row);
    switch (column) {
    case NumberColumn:
        return persian::formatNumber(row + 1);
    case TitleColumn:
        return item.title;
    case QuestionColumn:
        return item.isQuestion ? tr("Question put to the room") : tr("Item");
    case DescriptionColumn:
        return item.description;
    }
    return {};
}

} // namespace jalaseh::session
