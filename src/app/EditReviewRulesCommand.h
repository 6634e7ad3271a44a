#pragma once

#include "EditCommand.h"
#include "core/ReviewRules.h"

namespace jalaseh::app {

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

} // namespace jalaseh::app
