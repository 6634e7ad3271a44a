#pragma once

#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QString>

namespace jalaseh::test {

// The meeting of the seed minutes (/work/shared/seed/minutes-1402-01-21.fa.txt) as a record:
// the first online meeting of the working-group leads, Monday 1402/01/21, 12:00 to 13:20, with
// 7 leads, 1 invited guest and 5 steering-committee members present, the two leads of the
// experience-sharing working group absent, 8 contributions, 5 proposals, 2 questions put to the
// room and the decision deferred to later meetings.
MeetingRecord seedMeeting();
// "شبکه کتابخانه‌های دانشگاهی کشور"; with a small generated logo when
// `withLogo`.
Organisation seedOrganisation(bool withLogo = true);

// Ids of the seed's people, for tests that pick some out.
namespace seed {
constexpr Id darkhosh = 1, abdollahpour = 2, sadeghi = 3, taheri = 4, aminiNasab = 5,
             atefiMaleki = 6, hosseini = 7, hajiZeinolabedini = 8, ghaznavi = 9, reghabi = 10,
             atighechian = 11, fazel = 12, farjami = 13, experienceLeadA = 14, experienceLeadB = 15;
constexpr Id steeringCommittee = 1, experienceSharing = 2;
} // namespace seed

// Adds a person to the record's people and returns its id.
Id addPerson(MeetingRecord& record, Id id, const QString& familyName, Gender gender,
             AcademicTitle title = AcademicTitle::None, const QString& givenName = {});

} // namespace jalaseh::test
