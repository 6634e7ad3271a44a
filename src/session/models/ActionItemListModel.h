#pragma once

#include "core/ActionItem.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class PersonListModel;

// The action items that follow from one decision: task, owner, deadline, state.
class ActionItemListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        TaskColumn,
        OwnerColumn,
        DeadlineColumn,
        StateColumn
    };

    ActionItemListModel(const PersonListModel& people, QObject* parent = nullptr);

    // The action items of the meeting that follow from the decision (with nullopt: those that
    // follow from no decision).
    void reload(storage::Database& database, Id meetingId, std::optional<Id> decisionId);
    void clear();
    const ActionItem& itemAt(int row) const { return m_rows.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    const PersonListModel& m_people;
    QList<ActionItem> m_rows;
};

} // namespace jalaseh::session
