#pragma once

#include "RecordListModel.h"
#include "core/Decision.h"

#include <QHash>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::app {

// Decisions (مصوبات) with who follows them up and by when: of every meeting, only the open ones
// (overdue first), or those of one meeting in their recorded order.
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
        FollowUpColumn,
        MeetingColumn
    };
    enum class Scope
    {
        All,
        Open
    };

    explicit DecisionListModel(QObject* parent = nullptr);

    void reload(storage::Database& database, Scope scope);
    void reloadMeeting(storage::Database& database, Id meetingId);
    const Decision& decisionAt(int row) const { return m_decisions.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    void show(storage::Database& database, QList<Decision> decisions, bool withMeetings);

    void nameMeetings(storage::Database& database);

    QList<Decision> m_decisions;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_meetings;
};

} // namespace jalaseh::app
