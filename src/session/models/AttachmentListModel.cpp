#include "session/models/AttachmentListModel.h"

#include "persian/Digits.h"
#include "session/DatabaseSession.h"
#include "storage/AttachmentRepository.h"

namespace jalaseh::session {

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool AttachmentListModel::reload(DatabaseSession& session, Id meetingId)
{
    QList<Attachment> attachments;
    if (meetingId != 0 && !session.read([&] {
            attachments = storage::AttachmentRepository(session.database()).ofMeeting(meetingId);
        }))
        return false;
    beginResetModel();
    m_attachments = std::move(attachments);
    endResetModel();
    return true;
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_attachments.size())
        return {};
    const Attachment& attachment = m_attachments.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("SHA-256: %1").arg(attachment.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return attachment.name;
    case SizeColumn:
        return persian::toPersianDigits(attachmentSizeText(attachment.size))
            .replace(QLatin1Char('.'), QChar(0x066B));
    case TypeColumn:
        return attachment.mediaType;
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace jalaseh::session
