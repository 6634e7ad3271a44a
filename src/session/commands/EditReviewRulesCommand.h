#pragma once

#include "core/ReviewRules.h"
#include "session/EditCommand.h"

namespace jalaseh::session {

// Changes the organisation's rules for attendance review (absences in a row, in a year, months
// without a meeting); undo puts the earlier ones back.
class EditReviewRulesCommand : public EditCommand
{
public:
    EditReviewRulesCommand(DatabaseSession& session, const ReviewRules& before,
                           const ReviewRules& after, const QString& text);

protected:
    void apply(storage::Database& database) override;
    void revert(storage::Database& database) override;
    Change change() const override { return Change::Organisation; }

private:
    ReviewRules m_before;
    ReviewRules m_after;
};

} // namespace jalaseh::session
