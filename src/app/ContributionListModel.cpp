#include "ContributionListModel.h"

#include "PersonListModel.h"
#include "PersonName.h"
#include "persian/Digits.h"
#include "storage/ContributionRepository.h"

#include <QMimeData>

namespace jalaseh::app {
namespace {

const QString rowMimeType = QStringLiteral("application/x-jalaseh-contribution-row");

} // namespace

ContributionListModel::ContributionListModel(const PersonListModel& people, QObject* parent)
    : RecordListModel({tr("No."), tr("Speaker"), tr("What was said")}, parent)
    , m_people(people)
{
}

void ContributionListModel::reload(storage::Database& database, Id meetingId)
{
    m_rows = meetingId ? storage::ContributionRepository(database).ofMeeting(meetingId)
                       : QList<Contribution>{};
    QList<Id> ids;
    QStringList searchTexts;
    for (const Contribution& row : std::as_const(m_rows)) {
        ids.append(row.id);
        searchTexts.append(row.text);
    }
    setRows(std::move(ids), searchTexts);
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
    case TextColumn:
        return contribution.text;
    }
    return {};
}

Qt::ItemFlags ContributionListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = RecordListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

QStringList ContributionListModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData* ContributionListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool ContributionListModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                         const QModelIndex& parent)
{
    if (!data || !data->hasFormat(rowMimeType))
        return false;
    bool ok = false;
    const int from = data->data(rowMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= m_rows.size())
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_rows.size()));
    if (to > from)
        --to; // the row leaves its old place first
    to = std::clamp(to, 0, int(m_rows.size()) - 1);
    if (to != from)
        emit moveRequested(from, to);
    // False: the view must not remove the dragged row itself; the move edit reloads the list.
    return false;
}

} // namespace jalaseh::app
