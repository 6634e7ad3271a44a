#pragma once

#include "session/EditCommand.h"
#include "session/RowTraits.h"

namespace jalaseh::session {

// Changes a row from `before` to `after`; undo puts `before` back.
template <typename Row>
class UpdateRowCommand : public EditCommand
{
    using Traits = RowTraits<Row>;

public:
    UpdateRowCommand(DatabaseSession& session, const Row& before, const Row& after,
                     const QString& text)
        : EditCommand(session, text)
        , m_before(before)
        , m_after(after)
    {
    }

protected:
    void apply(storage::Database& database) override { write(database, m_after); }
    void revert(storage::Database& database) override { write(database, m_before); }
    Change change() const override { return Traits::change; }
    Id meetingId() const override { return meetingOf(m_after); }

private:
    void write(storage::Database& database, Row row) const
    {
        ReferenceUpdater{session()}(row);
        row.id = session().currentId(Traits::kind, row.id);
        typename Traits::Repository(database).update(row);
    }

    Row m_before;
    Row m_after;
};

} // namespace jalaseh::session
