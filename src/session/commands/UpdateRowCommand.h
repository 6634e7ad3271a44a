#pragma once

#include "session/EditCommand.h"
#include "session/RowFields.h"
#include "session/RowTraits.h"
#include "storage/StorageError.h"

#include <algorithm>

namespace jalaseh::session {

// Changes a row from `before` to `after`; undo puts `before` back. Each is saved only if the row
// is still as this session left it (its version; see storage/RowVersions.h): when someone else
// saved it in between, the change is refused, the views show their version, and the session
// keeps this change to apply again on it (DatabaseSession::pendingConflict).
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
        , m_version(before.version.number)
        , m_versionTick(session.versionClock())
    {
    }

protected:
    void apply(storage::Database& database) override { write(database, m_after); }
    void revert(storage::Database& database) override { write(database, m_before); }
    Change change() const override { return Traits::change; }
    Id meetingId() const override { return meetingOf(m_after); }

    void saved(bool) override
    {
        m_version = m_savedVersion;
        session().rememberVersion(Traits::kind, m_savedId, m_savedVersion);
        m_versionTick = session().versionClock();
    }

    void refused(const storage::EditConflict& conflict, bool forward) override
    {
        Row from = forward ? m_before : m_after;
        Row to = forward ? m_after : m_before;
        const ReferenceUpdater updateReferences{session()};
        updateReferences(from);
        updateReferences(to);
        std::optional<Row> fresh;
        session().read([&] {
            fresh = typename Traits::Repository(session().database())
                        .find(session().currentId(Traits::kind, m_before.id));
        });
        if (!fresh) {
            EditCommand::refused(conflict, forward);
            return;
        }
        SaveConflict report =
            describeConflict(conflict, rowNoun<Row>(), differingFields(from, *fresh),
                             differingFields(from, to), false);
        report.applyAgain = [fresh = *fresh, mine = withChange(*fresh, from, to),
                             text = text()](DatabaseSession& session) -> EditCommand* {
            return new UpdateRowCommand(session, fresh, mine, text);
        };
        session().notifyConflict(std::move(report), Traits::change, meetingOf(*fresh));
    }

private:
    void write(storage::Database& database, Row row)
    {
        ReferenceUpdater{session()}(row);
        row.id = session().currentId(Traits::kind, row.id);
        row.version.number =
            session().expectedVersion(Traits::kind, row.id, m_before.id, m_version, m_versionTick);
        typename Traits::Repository(database).update(row);
        m_savedId = row.id;
        m_savedVersion = row.version.number > 0 ? row.version.number + 1 : 0;
    }

    Row m_before;
    Row m_after;
    qint64 m_version;      // of the row as this command last saved or read it
    quint64 m_versionTick; // the session's version clock then
    Id m_savedId = 0;
    qint64 m_savedVersion = 0;
};

} // namespace jalaseh::session
