#pragma once

#include "core/Id.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace jalaseh::session {

// The alerts of attendance review: members absent without excuse too often (of the body or
// series shown) and bodies that have not met for too long (of the whole organisation).
class AttendanceAlertModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Alert
    {
        enum class Kind
        {
            Absence,
            QuietBody
        };
        Kind kind = Kind::Absence;
        QString text;
        QString details; // the tooltip
        Id personId = 0; // for Absence
        Id bodyId = 0;   // for QuietBody
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        BodyIdRole
    };

    explicit AttendanceAlertModel(QObject* parent = nullptr);

    void setAlerts(QList<Alert> alerts);
    const Alert& alertAt(int row) const { return m_alerts.at(row); }
    int count(Alert::Kind kind) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<Alert> m_alerts;
};

} // namespace jalaseh::session
