#pragma once

#include "core/AgendaItem.h"
#include "session/models/OrderedListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// A meeting's agenda in order; also names the topics that contributions and proposals are on.
class AgendaListModel : public OrderedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        QuestionColumn,
        DescriptionColumn
    };

    explicit AgendaListModel(QObject* parent = nullptr);

    void reload(storage::Database& database, Id meetingId);
    const AgendaItem& itemAt(int row) const { return m_rows.at(row); }
    const QList<AgendaItem>& items() const { return m_rows; }
    // "۲. نحوه ادامه کار با وزارتخانه" for the item `id`; empty for 0 or an unknown id.
    QString topicName(Id id) const;

protected:
    QString cell(int row, int column) const override;

private:
    QList<AgendaItem> m_rows;
};

} // namespace jalaseh::session
