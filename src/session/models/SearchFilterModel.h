#pragma once

#include <QSortFilterProxyModel>
#include <functional>

namespace jalaseh::session {

class RecordListModel;

// Filters a RecordListModel as the user types: a row stays when its precomputed search key
// contains the query's key, so ك/ک, ي/ی, ZWNJ and either digit set all match. An optional extra
// condition (e.g. one series) narrows further.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setQuery(const QString& text);
    void setCondition(std::function<bool(int sourceRow)> condition);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RecordListModel* m_records = nullptr;
    QString m_key;
    std::function<bool(int)> m_condition;
};

} // namespace jalaseh::session
