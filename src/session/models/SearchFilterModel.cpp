#include "session/models/SearchFilterModel.h"

#include "persian/Normalize.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::session {

SearchFilterModel::SearchFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void SearchFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_records = qobject_cast<RecordListModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterModel::setQuery(const QString& text)
{
    const QString key = persian::searchKey(text);
    if (key == m_key)
        return;
    m_key = key;
    invalidateRowsFilter();
}

void SearchFilterModel::setCondition(std::function<bool(int)> condition)
{
    m_condition = std::move(condition);
    invalidateRowsFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_condition && !m_condition(sourceRow))
        return false;
    if (m_key.isEmpty() || !m_records)
        return true;
    return m_records->searchKeyAt(sourceRow).contains(m_key);
}

} // namespace jalaseh::session
