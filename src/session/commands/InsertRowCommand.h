#pragma once

#include "session/EditCommand.h"
#include "session/RowTraits.h"

namespace jalaseh::session {

// Adds a row; undo removes it again.
template <typename Row>
class InsertRowCommand : public EditCommand
{
    using Traits = RowTraits<Row>;

public:
    InsertRowCommand(DatabaseSession& session, const Row& row, const QString& text)
        : EditCommand(session, text)
        , m_row(row)
    {
        m_row.id = 0;
    }

    // The id the row has in the database now.
    Id insertedId() const { return session().currentId(Traits::kind, m_row.id); }

protected:
    void apply(storage::Database& database) override
    {
        Row row = m_row;
        ReferenceUpdater{session()}(row);
        row.id = 0;
        typename Traits::Repository(database).insert(row);
        session().renumber(Traits::kind, m_row.id, row.id);
        m_row = row;
    }
    void revert(storage::Database& database) override
    {
        // Refused when someone else changed the row since (storage::EditConflict).
        const Id id = insertedId();
        typename Traits::Repository(database).remove(
            id, RowVersion{.number = session().knownVersion(Traits::kind, id)});
    }
    Change change() const override { return Traits::change; }
    Id meetingId() const override { return meetingOf(m_row); }

private:
    Row m_row;
};

} // namespace jalaseh::session
