#include "session/commands/EditReviewRulesCommand.h"

#include "storage/SettingsRepository.h"

namespace jalaseh::session {

EditReviewRulesCommand::EditReviewRulesCommand(DatabaseSession& session, const ReviewRules& before,
                                               const ReviewRules& after, const QString& text)
    : EditCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

void EditReviewRulesCommand::apply(storage::Database& database)
{
    storage::SettingsRepository(database).setReviewRules(m_after);
}

void EditReviewRulesCommand::revert(storage::Database& database)
{
    storage::SettingsRepository(database).setReviewRules(m_before);
}

} // namespace jalaseh::session
