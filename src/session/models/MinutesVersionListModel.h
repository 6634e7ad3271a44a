#pragma once

#include "core/MinutesVersion.h"

#include <QAbstractTableModel>
#include <QList>

namespace jalaseh::session {

class DatabaseSession;

// The versions of one meeting's minutes of record, oldest first: when each was opened and why
// (an amendment's reason), when and by whom it was approved, and its document id. Read through
// the session's guarded path; the snapshots stay in the database.
class MinutesVersionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VersionColumn,
        StateColumn,
        ApprovedColumn,
        ApprovedByColumn,
        DocumentIdColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit MinutesVersionListModel(QObject* parent = nullptr);

    // False when the read failed (the session said why); the model then keeps its rows.
    bool reload(DatabaseSession& session, Id meetingId);
    const MinutesVersion& versionAt(int row) const { return m_versions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MinutesVersion> m_versions;
};

} // namespace jalaseh::session
