#include "session/models/AttendanceAlertModel.h"

#include "session/text/Contrast.h"

#include <QBrush>

namespace jalaseh::session {

AttendanceAlertModel::AttendanceAlertModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void AttendanceAlertModel::setAlerts(QList<Alert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int AttendanceAlertModel::count(Alert::Kind kind) const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [kind](const Alert& alert) { return alert.kind == kind; }));
}

int AttendanceAlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AttendanceAlertModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert& alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return alert.text;
    case Qt::ToolTipRole:
        return alert.details;
    case Qt::ForegroundRole:
        return QBrush(alert.kind == Alert::Kind::Absence ? contrast::warningRed()
                                                         : contrast::warningAmber());
    case PersonIdRole:
        return alert.personId;
    case BodyIdRole:
        return alert.bodyId;
    default:
        return {};
    }
}

} // namespace jalaseh::session
