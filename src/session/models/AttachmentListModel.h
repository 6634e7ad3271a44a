#pragma once

#include "core/Attachment.h"

#include <QAbstractTableModel>
#include <QList>

namespace jalaseh::session {

class DatabaseSession;

// The files attached to one meeting, in the order they were added: name, size and media type.
// Read through the session's guarded path, without the files' bytes.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        ColumnCount
    };

    explicit AttachmentListModel(QObject* parent = nullptr);

    // False when the read failed (the session said why); the model then keeps its rows.
    bool reload(DatabaseSession& session, Id meetingId);
    const Attachment& attachmentAt(int row) const { return m_attachments.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Attachment> m_attachments;
};

} // namespace jalaseh::session
