#pragma once

#include "core/Enums.h"

#include <QString>

// The words the interface shows for the domain's closed vocabularies (translated; the storage
// keys of core/Enums.h are never shown).
namespace jalaseh {

QString label(Gender value);
QString label(AcademicTitle value);
QString label(BodyKind value);
QString label(MembershipRole value);
QString label(MeetingMode value);
QString label(MeetingStatus value);
QString label(AttendanceRole value);
QString label(AttendanceStatus value);
QString label(ProposalStatus value);
QString label(DecisionStatus value);
QString label(FollowUpState value);

} // namespace jalaseh
