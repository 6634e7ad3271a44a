#pragma once

#include "session/EditCommand.h"
#include "session/RowTraits.h"

namespace jalaseh::session {

// Moves an ordered row (a contribution, a decision, ...) to another position; undo moves it back.
template <typename Row>
class MoveRowCommand : public EditCommand
{
    using Traits = RowTraits<Row>;

public:
    MoveRowCommand(DatabaseSession& session, const Row& row, int newPosition, const QString& text)
        : EditCommand(session, text)
        , m_row(row)
        , m_newPosition(newPosition)
    {
    }

protected:
    void apply(storage::Database& database) override { moveTo(database, m_newPosition); }
    void revert(storage::Database& database) override { moveTo(database, m_row.position); }
    Change change() const override { return Traits::change; }
    Id meetingId() const override { return meetingOf(m_row); }

private:
    void moveTo(storage::Database& database, int position) const
    {
        typename Traits::Repository(database).move(session().currentId(Traits::kind, m_row.id),
                                                   position);
    }

    Row m_row;
    int m_newPosition;
};

} // namespace jalaseh::session
