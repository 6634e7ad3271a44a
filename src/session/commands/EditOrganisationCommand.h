#pragma once

#include "core/Organisation.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Changes the organisation of the settings (name, logo, letterhead lines) that the minutes print;
// undo puts the earlier one back.
class EditOrganisationCommand : public EditCommand
{
public:
    EditOrganisationCommand(DatabaseSession& session, const Organisation& before,
                            const Organisation& after, const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::Organisation; }

private:
    Organisation m_before;
    Organisation m_after;
};

} // namespace jalaseh::session
