#pragma once

#include "core/Decision.h"
#include "session/models/RecordListModel.h"

#include <QHash>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class PersonListModel;

// The decisions of earlier meetings of a series that come back to one meeting: those still
// deferred, and those this meeting took up (storage::DecisionRepository::carriedInto).
class CarriedOverListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        TextColumn,
        FromColumn,
        StatusColumn,
        ResponsibleColumn,
        DeadlineColumn,
        HereColumn
    };

    explicit CarriedOverListModel(const PersonListModel& people, QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    void clear();
    const Decision& decisionAt(int row) const { return m_decisions.at(row); }
    // Whether the meeting shown recorded that it took the decision up.
    bool isReviewedHere(int row) const;

protected:
    QString cell(int row, int column) const override;

private:
    const PersonListModel& m_people;
    Id m_meetingId = 0;
    QList<Decision> m_decisions;
    QHash<Id, QString> m_meetings; // "no. 3, 1402/01/21"
};

} // namespace jalaseh::session
