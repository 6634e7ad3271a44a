#include "session/models/MinutesVersionListModel.h"

#include "persian/Digits.h"
#include "persian/LocalTime.h"
#include "session/DatabaseSession.h"
#include "storage/MinutesVersionRepository.h"

namespace jalaseh::session {

MinutesVersionListModel::MinutesVersionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool MinutesVersionListModel::reload(DatabaseSession& session, Id meetingId)
{
    QList<MinutesVersion> versions;
    if (!session.read([&] {
            versions = storage::MinutesVersionRepository(session.database()).summaries(meetingId);
        }))
        return false;
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
    return true;
}

int MinutesVersionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int MinutesVersionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MinutesVersionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const MinutesVersion& version = m_versions.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DocumentIdColumn && version.isApproved())
        return tr("SHA-256 fingerprint: %1").arg(version.fingerprint);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return persian::formatNumber(version.number);
    case StateColumn:
        return version.isApproved() ? tr("Approved") : tr("Being amended");
    case ApprovedColumn:
        return version.isApproved() ? persian::formatLocalDateTime(version.approvedAt) : QString();
    case ApprovedByColumn:
        return version.approvedBy;
    case DocumentIdColumn:
        return version.documentId; // Latin letters and digits everywhere, as printed
    case ReasonColumn:
        return version.number == 1 ? tr("First approval") : version.amendReason;
    default:
        return {};
    }
}

QVariant MinutesVersionListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case StateColumn:
        return tr("State");
    case ApprovedColumn:
        return tr("Approved on");
    case ApprovedByColumn:
        return tr("Approved by");
    case DocumentIdColumn:
        return tr("Document id");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace jalaseh::session
