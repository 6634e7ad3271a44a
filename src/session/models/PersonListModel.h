#pragma once

#include "core/Person.h"
#include "session/models/RecordListModel.h"

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class DatabaseSession;
struct PeopleInOrder;

// Everyone in the database, in Persian order of family and given name. Also the model behind
// the person completer (column NameColumn holds the full display name).
class PersonListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        FamilyColumn,
        GivenColumn,
        AffiliationColumn,
        PositionColumn,
        ActiveColumn
    };

    explicit PersonListModel(QObject* parent = nullptr);

    void reload(storage::Database& database);
    // From the session's copy of the people: free when nothing changed since it was read.
    void reload(const DatabaseSession& session);
    const Person& personAt(int row) const { return m_people.at(row); }
    const Person* person(Id id) const;

protected:
    QString cell(int row, int column) const override;

private:
    void show(const PeopleInOrder& people);

    QList<Person> m_people;
};

} // namespace jalaseh::session
