#include "session/models/OrderedListModel.h"

#include <QMimeData>
#include <algorithm>

namespace jalaseh::session {

OrderedListModel::OrderedListModel(QStringList headers, QString mimeType, QObject* parent)
    : RecordListModel(std::move(headers), parent)
    , m_mimeType(std::move(mimeType))
{
}

Qt::ItemFlags OrderedListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = RecordListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

QStringList OrderedListModel::mimeTypes() const
{
    return {m_mimeType};
}

QMimeData* OrderedListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(m_mimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool OrderedListModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                    const QModelIndex& parent)
{
    if (!data || !data->hasFormat(m_mimeType))
        return false;
    bool ok = false;
    const int from = data->data(m_mimeType).toInt(&ok);
    const int count = rowCount();
    if (!ok || from < 0 || from >= count)
        return false;
    int to = count - 1;                  // dropped below the last row
    if (row >= 0) {                      // dropped between two rows
        to = row > from ? row - 1 : row; // the row leaves its old place first
    } else if (parent.isValid()) {
        to = parent.row(); // dropped on a row: it takes that row's place
    }
    to = std::clamp(to, 0, count - 1);
    if (to != from)
        emit moveRequested(from, to);
    // False: the view must not remove the dragged row itself; the move edit reloads the list.
    return false;
}

} // namespace jalaseh::session
