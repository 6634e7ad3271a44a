#pragma once

#include "core/Id.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace jalaseh::session {

// The base of the list models: a table of records read from the repositories, each row with its
// id and its search key computed once when the rows are loaded (persian::searchKey over the
// row's words), so that filtering as one types only compares strings.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchKeyRole
    };

    explicit RecordListModel(QStringList headers, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Id idAt(int row) const { return m_ids.at(row); }
    const QString& searchKeyAt(int row) const { return m_searchKeys.at(row); }
    // The row showing the record `id`, or -1.
    int rowOf(Id id) const;

protected:
    // The text of one cell; rows are those given to setRows().
    virtual QString cell(int row, int column) const = 0;
    virtual QVariant decoration(int, int) const { return {}; }
    // Replaces all rows at once: their ids and their search texts (normalised here). `store`
    // moves the subclass's own rows into place; it runs between beginResetModel() and
    // endResetModel(), so that a view or proxy reading the model as the reset is announced still
    // finds the old rows, as many as the old row count says. Read everything that can fail
    // before: `store` only moves what was read.
    void setRows(QList<Id> ids, const QStringList& searchTexts, const std::function<void()>& store);
    // The same with the keys made already (persian::searchKey of each row's words).
    void setRowsWithKeys(QList<Id> ids, QStringList searchKeys, const std::function<void()>& store);
    // The cells of `columns` show what `source` holds (a person's name, an agenda item's number):
    // when `source` is reset they are announced as changed, so that a view showing this model
    // repaints them, whether or not this model is reloaded next.
    void follow(const QAbstractItemModel& source, const QList<int>& columns);

private:
    QStringList m_headers;
    QList<Id> m_ids;
    QStringList m_searchKeys;
};

} // namespace jalaseh::session
