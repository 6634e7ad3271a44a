#pragma once

#include "core/Body.h"
#include "core/Enums.h"

#include <QString>

// The minutes' Persian words for the domain's roles and states, as the documents' tables and
// sentences use them (the grammar itself comes from the persian library).
namespace jalaseh::report::phrases {

// One person's role in a meeting, for lists: "راهبر کارگروه اشتراک تجربیات", "مهمان مدعو".
QString attendanceRole(AttendanceRole role, const Body* represents);
// Status words of the tables.
QString attendanceStatus(AttendanceStatus status);
QString proposalStatus(ProposalStatus status);
QString decisionStatus(DecisionStatus status);
QString followUpState(FollowUpState state);
// "با ۲۰ دقیقه تأخیر"; "با تأخیر" when the minutes are not known.
QString lateBy(int minutes);
// An attached file's size: "۷۴۰ بایت", "۱۲ کیلوبایت", "۲٫۴ مگابایت".
QString fileSize(qint64 bytes);

} // namespace jalaseh::report::phrases
