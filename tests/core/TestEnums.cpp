#include "core/Enums.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh;

TEMPLATE_TEST_CASE("every enum value has a distinct storage key that parses back", "[core][enums]",
                   Gender, AcademicTitle, BodyKind, MembershipRole, MeetingMode, MeetingStatus,
                   AttendanceRole, AttendanceStatus, ProposalStatus, DecisionStatus, FollowUpState)
{
    QStringList seen;
    for (TestType value : allValues<TestType>()) {
        const QString key = storageKey(value);
        REQUIRE_FALSE(key.isEmpty());
        REQUIRE_FALSE(seen.contains(key));
        seen.append(key);
        REQUIRE(enumFromStorageKey<TestType>(key) == value);
    }
    REQUIRE_FALSE(enumFromStorageKey<TestType>(QStringLiteral("no such key")).has_value());
}
