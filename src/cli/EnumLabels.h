#pragma once

#include "core/Enums.h"

#include <QString>

// The words the command line's tables use for the domain's closed vocabularies (English source
// text, translated like every other message). Scripts get the storage keys instead (--format tsv).
namespace jalaseh::cli {

QString label(AcademicTitle value);
QString label(BodyKind value);
QString label(MeetingMode value);
QString label(MeetingStatus value);
QString label(DecisionStatus value);
QString label(FollowUpState value);

} // namespace jalaseh::cli
