#pragma once

#include "core/Contribution.h"
#include "session/models/OrderedListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class AgendaListModel;
class PersonListModel;

// What each speaker said, in order, and on which agenda item.
class ContributionListModel : public OrderedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SpeakerColumn,
        TopicColumn,
        TextColumn
    };

    ContributionListModel(const PersonListModel& people, const AgendaListModel& agenda,
                          QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const Contribution& contributionAt(int row) const { return m_rows.at(row); }

protected:
    QString cell(int row, int column) const override;

private:
    const PersonListModel& m_people;
    const AgendaListModel& m_agenda;
    QList<Contribution> m_rows;
};

} // namespace jalaseh::session
