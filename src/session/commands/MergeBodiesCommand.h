#pragma once

#include "core/BodyMerge.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Merges a working group into another on a day (storage::BodyMerging); undo takes the merge back
// exactly: the body's fields, the seats ended or removed, the seats added.
class MergeBodiesCommand : public EditCommand
{
public:
    MergeBodiesCommand(DatabaseSession& session, Id bodyId, Id intoId, const QDate& on,
                       const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::Bodies; }

private:
    Id m_bodyId;
    Id m_intoId;
    QDate m_on;
    BodyMergePlan m_merged; // what the last apply() did
};

} // namespace jalaseh::session
