#pragma once

#include "RecordListModel.h"
#include "core/Contribution.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::app {

class PersonListModel;

// What each speaker said, in order. Rows can be dragged to a new place; the model does not move
// them itself but asks (moveRequested), so that the move becomes an undoable edit.
class ContributionListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SpeakerColumn,
        TextColumn
    };

    ContributionListModel(const PersonListModel& people, QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const Contribution& contributionAt(int row) const { return m_rows.at(row); }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void moveRequested(int fromRow, int toRow);

protected:
    QString cell(int row, int column) const override;

private:
    const PersonListModel& m_people;
    QList<Contribution> m_rows;
};

} // namespace jalaseh::app
