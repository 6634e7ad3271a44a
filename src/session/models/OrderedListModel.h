#pragma once

#include "session/models/RecordListModel.h"

namespace jalaseh::session {

// A list the user puts in order (agenda items, contributions). Rows can be dragged to a new
// place; the model does not move them itself but asks (moveRequested), so that the move becomes
// an undoable edit, and the edit's reload shows the new order.
class OrderedListModel : public RecordListModel
{
    Q_OBJECT
public:
    // `mimeType` tells this list's rows from other lists' in a drag.
    OrderedListModel(QStringList headers, QString mimeType, QObject* parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void moveRequested(int fromRow, int toRow);

private:
    QString m_mimeType;
};

} // namespace jalaseh::session
