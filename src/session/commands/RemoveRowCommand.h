#pragma once

#include "session/EditCommand.h"
#include "session/RowLinks.h"
#include "session/RowTraits.h"

namespace jalaseh::session {

// Removes a row; undo puts it back where it was, with the rows that referred to it (RowLinks)
// linked to it again.
template <typename Row>
class RemoveRowCommand : public EditCommand
{
    using Traits = RowTraits<Row>;

public:
    RemoveRowCommand(DatabaseSession& session, const Row& row, const QString& text)
        : EditCommand(session, text)
        , m_row(row)
    {
    }

protected:
    void apply(storage::Database& database) override
    {
        Row current = m_row;
        ReferenceUpdater{session()}(current);
        current.id = session().currentId(Traits::kind, m_row.id);
        m_links = RowLinks::to(database, current);
        typename Traits::Repository(database).remove(current.id);
    }
    void revert(storage::Database& database) override
    {
        typename Traits::Repository repository(database);
        Row row = m_row;
        ReferenceUpdater{session()}(row);
        const Id oldId = session().currentId(Traits::kind, m_row.id);
        row.id = 0;
        repository.insert(row);
        session().renumber(Traits::kind, oldId, row.id);
        if constexpr (requires { repository.move(row.id, row.position); })
            repository.move(row.id, m_row.position);
        m_links.restore(database, session(), row.id);
    }
    Change change() const override { return Traits::change; }
    Id meetingId() const override { return meetingOf(m_row); }

private:
    Row m_row;
    RowLinks m_links;
};

} // namespace jalaseh::session
