#pragma once

#include "core/Body.h"
#include "core/Enums.h"

#include <QString>

// The minutes' Persian vocabulary for the domain's enums and the few grammatical forms the
// persian library does not offer yet. Each function marked "until persian::..." is a stand-in,
// to be replaced by the library's function of that name when it arrives.
namespace jalaseh::report::phrases {

// "حضوری", "مجازی", "ترکیبی"; until persian::meetingModeName.
QString meetingMode(MeetingMode mode);
// The form of a phrase before an ezafe that writing shows: "کارگروه‌ها" ->
// "کارگروه‌های", "دانشجو" -> "دانشجوی"; unchanged otherwise. Until
// persian::ezafe.
QString ezafe(const QString& phrase);
// One person's role in a meeting, for lists: "راهبر کارگروه اشتراک تجربیات", "مهمان مدعو".
QString attendanceRole(AttendanceRole role, const Body* represents);
// Status words of the tables.
QString attendanceStatus(AttendanceStatus status);
QString proposalStatus(ProposalStatus status);
QString decisionStatus(DecisionStatus status);
QString followUpState(FollowUpState state);
// "با ۲۰ دقیقه تأخیر"; "با تأخیر" when the minutes are not known.
QString lateBy(int minutes);

} // namespace jalaseh::report::phrases
