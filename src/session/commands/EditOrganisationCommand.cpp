#include "session/commands/EditOrganisationCommand.h"

#include "storage/SettingsRepository.h"

namespace jalaseh::session {

EditOrganisationCommand::EditOrganisationCommand(DatabaseSession& session,
                                                 const Organisation& before,
                                                 const Organisation& after, const QString& text)
    : EditCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

void EditOrganisationCommand::apply(storage::Database& database)
{
    storage::SettingsRepository(database).setOrganisation(m_after);
}

void EditOrganisationCommand::revert(storage::Database& database)
{
    storage::SettingsRepository(database).setOrganisation(m_before);
}

} // namespace jalaseh::session
