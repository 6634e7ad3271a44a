#pragma once

#include "session/EditCommand.h"
#include "session/RowFields.h"
#include "session/RowLinks.h"
#include "session/RowTraits.h"
#include "storage/StorageError.h"

#include <algorithm>

namespace jalaseh::session {

// Removes a row; undo puts it back where it was, with the rows that referred to it (RowLinks)
// linked to it again. The removal is refused when someone else changed the row since it was read
// (as UpdateRowCommand's saves are): the user sees their change and may remove it as it is now.
template <typename Row>
class RemoveRowCommand : public EditCommand
{
    using Traits = RowTraits<Row>;

public:
    RemoveRowCommand(DatabaseSession& session, const Row& row, const QString& text)
        : EditCommand(session, text)
        , m_row(row)
        , m_readTick(session.versionClock())
    {
    }

protected:
    void apply(storage::Database& database) override
    {
        Row current = m_row;
        ReferenceUpdater{session()}(current);
        current.id = session().currentId(Traits::kind, m_row.id);
        current.version.number = session().expectedVersion(Traits::kind, current.id, m_row.id,
                                                           m_row.version.number, m_readTick);
        m_links = RowLinks::to(database, current);
        typename Traits::Repository(database).remove(current.id, current.version);
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

    void refused(const storage::EditConflict& conflict, bool forward) override
    {
        std::optional<Row> fresh;
        session().read([&] {
            fresh = typename Traits::Repository(session().database())
                        .find(session().currentId(Traits::kind, m_row.id));
        });
        if (!forward || !fresh) {
            EditCommand::refused(conflict, forward);
            return;
        }
        Row read = m_row;
        ReferenceUpdater{session()}(read);
        SaveConflict report =
            describeConflict(conflict, rowNoun<Row>(), differingFields(read, *fresh), {}, true);
        report.applyAgain = [fresh = *fresh,
                             text = text()](DatabaseSession& session) -> EditCommand* {
            return new RemoveRowCommand(session, fresh, text);
        };
        session().notifyConflict(std::move(report), Traits::change, meetingOf(*fresh));
    }

private:
    Row m_row;
    quint64 m_readTick; // the session's version clock when the row was read
    RowLinks m_links;
};

} // namespace jalaseh::session
