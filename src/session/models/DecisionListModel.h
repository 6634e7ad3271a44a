#pragma once

#include "core/Decision.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class PersonListModel;

// The decisions (مصوبات) of one meeting in their recorded order, with who follows each up and
// by when. People are named from the editor's people list, read once for all its tables.
class DecisionListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        TextColumn,
        ResponsibleColumn,
        DeadlineColumn,
        StatusColumn,
        FollowUpColumn
    };

    explicit DecisionListModel(const PersonListModel& people, QObject* parent = nullptr);

    void reloadMeeting(storage::Database& database, Id meetingId);
    const Decision& decisionAt(int row) const { return m_decisions.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    QString responsible(const Decision& decision) const;

    const PersonListModel& m_people;
    QList<Decision> m_decisions;
};

} // namespace jalaseh::session
