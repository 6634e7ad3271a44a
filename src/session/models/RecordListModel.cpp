#include "session/models/RecordListModel.h"

#include "persian/Normalize.h"

namespace jalaseh::session {

RecordListModel::RecordListModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell(index.row(), index.column());
    case Qt::DecorationRole:
        return decoration(index.row(), index.column());
    case IdRole:
        return m_ids.at(index.row());
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordListModel::follow(const QAbstractItemModel& source, const QList<int>& columns)
{
    connect(&source, &QAbstractItemModel::modelReset, this, [this, columns] {
        const int rows = rowCount();
        if (rows == 0)
            return;
        for (const int column : columns)
            emit dataChanged(index(0, column), index(rows - 1, column),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

int RecordListModel::rowOf(Id id) const
{
    return int(m_ids.indexOf(id));
}

void RecordListModel::setRows(QList<Id> ids, const QStringList& searchTexts,
                              const std::function<void()>& store)
{
    QStringList searchKeys;
    searchKeys.reserve(searchTexts.size());
    for (const QString& text : searchTexts)
        searchKeys.append(persian::searchKey(text));
    setRowsWithKeys(std::move(ids), std::move(searchKeys), store);
}

void RecordListModel::setRowsWithKeys(QList<Id> ids, QStringList searchKeys,
                                      const std::function<void()>& store)
{
    beginResetModel();
    store();
    m_ids = std::move(ids);
    m_searchKeys = std::move(searchKeys);
    endResetModel();
}

} // namespace jalaseh::session
