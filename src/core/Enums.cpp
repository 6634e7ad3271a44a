#include "Enums.h"

#include <QList>
#include <array>
#include <utility>

namespace jalaseh {
namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char*>, N>;

constexpr KeyTable<Gender, 3> genderKeys{
    {{Gender::Unspecified, "unspecified"}, {Gender::Female, "female"}, {Gender::Male, "male"}}};
constexpr KeyTable<AcademicTitle, 3> titleKeys{{{AcademicTitle::None, "none"},
                                                {AcademicTitle::Doctor, "doctor"},
                                                {AcademicTitle::Engineer, "engineer"}}};
constexpr KeyTable<BodyKind, 3> bodyKindKeys{{{BodyKind::SteeringCommittee, "steering_committee"},
                                              {BodyKind::WorkingGroup, "working_group"},
                                              {BodyKind::Other, "other"}}};
constexpr KeyTable<MembershipRole, 4> membershipRoleKeys{{{MembershipRole::Lead, "lead"},
                                                          {MembershipRole::Deputy, "deputy"},
                                                          {MembershipRole::Secretary, "secretary"},
                                                          {MembershipRole::Member, "member"}}};
constexpr KeyTable<MeetingMode, 3> modeKeys{{{MeetingMode::InPerson, "in_person"},
                                             {MeetingMode::Online, "online"},
                                             {MeetingMode::Hybrid, "hybrid"}}};
constexpr KeyTable<MeetingStatus, 3> meetingStatusKeys{
    {{MeetingStatus::Planned, "planned"},
     {MeetingStatus::Held, "held"},
     {MeetingStatus::MinutesApproved, "minutes_approved"}}};
constexpr KeyTable<AttendanceRole, 6> attendanceRoleKeys{
    {{AttendanceRole::Member, "member"},
     {AttendanceRole::Lead, "lead"},
     {AttendanceRole::Guest, "guest"},
     {AttendanceRole::SteeringCommittee, "steering_committee"},
     {AttendanceRole::Secretary, "secretary"},
     {AttendanceRole::Chair, "chair"}}};
constexpr KeyTable<AttendanceStatus, 5> attendanceStatusKeys{
    {{AttendanceStatus::Present, "present"},
     {AttendanceStatus::Absent, "absent"},
     {AttendanceStatus::Excused, "excused"},
     {AttendanceStatus::Late, "late"},
     {AttendanceStatus::LeftEarly, "left_early"}}};
constexpr KeyTable<ProposalStatus, 5> proposalStatusKeys{{{ProposalStatus::Open, "open"},
                                                          {ProposalStatus::Adopted, "adopted"},
                                                          {ProposalStatus::Rejected, "rejected"},
                                                          {ProposalStatus::Withdrawn, "withdrawn"},
                                                          {ProposalStatus::Deferred, "deferred"}}};
constexpr KeyTable<DecisionStatus, 3> decisionStatusKeys{{{DecisionStatus::Approved, "approved"},
                                                          {DecisionStatus::Rejected, "rejected"},
                                                          {DecisionStatus::Deferred, "deferred"}}};
constexpr KeyTable<FollowUpState, 4> followUpKeys{{{FollowUpState::Open, "open"},
                                                   {FollowUpState::InProgress, "in_progress"},
                                                   {FollowUpState::Done, "done"},
                                                   {FollowUpState::Overdue, "overdue"}}};

template <typename Enum>
constexpr const auto& tableFor()
{
    if constexpr (std::is_same_v<Enum, Gender>)
        return genderKeys;
    else if constexpr (std::is_same_v<Enum, AcademicTitle>)
        return titleKeys;
    else if constexpr (std::is_same_v<Enum, BodyKind>)
        return bodyKindKeys;
    else if constexpr (std::is_same_v<Enum, MembershipRole>)
        return membershipRoleKeys;
    else if constexpr (std::is_same_v<Enum, MeetingMode>)
        return modeKeys;
    else if constexpr (std::is_same_v<Enum, MeetingStatus>)
        return meetingStatusKeys;
    else if constexpr (std::is_same_v<Enum, AttendanceRole>)
        return attendanceRoleKeys;
    else if constexpr (std::is_same_v<Enum, AttendanceStatus>)
        return attendanceStatusKeys;
    else if constexpr (std::is_same_v<Enum, ProposalStatus>)
        return proposalStatusKeys;
    else if constexpr (std::is_same_v<Enum, DecisionStatus>)
        return decisionStatusKeys;
    else
        return followUpKeys;
}

template <typename Enum>
QString keyOf(Enum value)
{
    for (const auto& [candidate, key] : tableFor<Enum>()) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

} // namespace

QString storageKey(Gender value)
{
    return keyOf(value);
}
QString storageKey(AcademicTitle value)
{
    return keyOf(value);
}
QString storageKey(BodyKind value)
{
    return keyOf(value);
}
QString storageKey(MembershipRole value)
{
    return keyOf(value);
}
QString storageKey(MeetingMode value)
{
    return keyOf(value);
}
QString storageKey(MeetingStatus value)
{
    return keyOf(value);
}
QString storageKey(AttendanceRole value)
{
    return keyOf(value);
}
QString storageKey(AttendanceStatus value)
{
    return keyOf(value);
}
QString storageKey(ProposalStatus value)
{
    return keyOf(value);
}
QString storageKey(DecisionStatus value)
{
    return keyOf(value);
}
QString storageKey(FollowUpState value)
{
    return keyOf(value);
}

template <typename Enum>
std::optional<Enum> enumFromStorageKey(const QString& key)
{
    for (const auto& [candidate, text] : tableFor<Enum>()) {
        if (key == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum>
QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto& entry : tableFor<Enum>())
        values.append(entry.first);
    return values;
}

#define JALASEH_INSTANTIATE(Enum)                                                                  \
    template std::optional<Enum> enumFromStorageKey<Enum>(const QString&);                         \
    template QList<Enum> allValues<Enum>();
JALASEH_INSTANTIATE(Gender)
JALASEH_INSTANTIATE(AcademicTitle)
JALASEH_INSTANTIATE(BodyKind)
JALASEH_INSTANTIATE(MembershipRole)
JALASEH_INSTANTIATE(MeetingMode)
JALASEH_INSTANTIATE(MeetingStatus)
JALASEH_INSTANTIATE(AttendanceRole)
JALASEH_INSTANTIATE(AttendanceStatus)
JALASEH_INSTANTIATE(ProposalStatus)
JALASEH_INSTANTIATE(DecisionStatus)
JALASEH_INSTANTIATE(FollowUpState)
#undef JALASEH_INSTANTIATE

} // namespace jalaseh
