#pragma once

#include <QString>
#include <optional>

// The closed vocabularies of the domain. Each enum has a stable storage key (English, lower case,
// never shown to users) so that the database and JSON files do not depend on enum ordinals.
namespace jalaseh {

enum class Gender
{
    Unspecified,
    Female,
    Male
};
enum class AcademicTitle
{
    None,
    Doctor,
    Engineer
};
enum class BodyKind
{
    SteeringCommittee,
    WorkingGroup,
    Other
};
enum class MembershipRole
{
    Lead,
    Deputy,
    Secretary,
    Member
};
enum class MeetingMode
{
    InPerson,
    Online,
    Hybrid
};
enum class MeetingStatus
{
    Planned,
    Held,
    MinutesApproved
};
enum class AttendanceRole
{
    Member,
    Lead,
    Guest,
    SteeringCommittee,
    Secretary,
    Chair
};
enum class AttendanceStatus
{
    Present,
    Absent,
    Excused,
    Late,
    LeftEarly
};
enum class ProposalStatus
{
    Open,
    Adopted,
    Rejected,
    Withdrawn,
    Deferred
};
enum class DecisionStatus
{
    Approved,
    Rejected,
    Deferred
};
enum class FollowUpState
{
    Open,
    InProgress,
    Done,
    Overdue
};

QString storageKey(Gender value);
QString storageKey(AcademicTitle value);
QString storageKey(BodyKind value);
QString storageKey(MembershipRole value);
QString storageKey(MeetingMode value);
QString storageKey(MeetingStatus value);
QString storageKey(AttendanceRole value);
QString storageKey(AttendanceStatus value);
QString storageKey(ProposalStatus value);
QString storageKey(DecisionStatus value);
QString storageKey(FollowUpState value);

// Parses a storage key back; std::nullopt when the key is unknown, so callers can report which
// field of which record was bad instead of silently picking a default.
template <typename Enum>
std::optional<Enum> enumFromStorageKey(const QString& key);

// All values of an enum, in declaration order; for pickers, validation and tests.
template <typename Enum>
QList<Enum> allValues();

} // namespace jalaseh
