#include "core/EnumLabels.h"

#include <QCoreApplication>

namespace jalaseh {
QString label(Gender value)
{
    switch (value) {
    case Gender::Unspecified:
        return QCoreApplication::translate("EnumLabels", "Not given");
    case Gender::Female:
        return QCoreApplication::translate("EnumLabels", "Female");
    case Gender::Male:
        return QCoreApplication::translate("EnumLabels", "Male");
    }
    return {};
}

QString label(AcademicTitle value)
{
    switch (value) {
    case AcademicTitle::None:
        return QCoreApplication::translate("EnumLabels", "No title");
    case AcademicTitle::Doctor:
        return QCoreApplication::translate("EnumLabels", "Dr.");
    case AcademicTitle::Engineer:
        return QCoreApplication::translate("EnumLabels", "Eng.");
    }
    return {};
}

QString label(BodyKind value)
{
    switch (value) {
    case BodyKind::SteeringCommittee:
        return QCoreApplication::translate("EnumLabels", "Steering committee");
    case BodyKind::WorkingGroup:
        return QCoreApplication::translate("EnumLabels", "Working group");
    case BodyKind::Other:
        return QCoreApplication::translate("EnumLabels", "Other body");
    }
    return {};
}

QString label(MembershipRole value)
{
    switch (value) {
    case MembershipRole::Lead:
        return QCoreApplication::translate("EnumLabels", "Lead");
    case MembershipRole::Deputy:
        return QCoreApplication::translate("EnumLabels", "Deputy");
    case MembershipRole::Secretary:
        return QCoreApplication::translate("EnumLabels", "Secretary");
    case MembershipRole::Member:
        return QCoreApplication::translate("EnumLabels", "Member");
    }
    return {};
}

QString label(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson:
        return QCoreApplication::translate("EnumLabels", "In person");
    case MeetingMode::Online:
        return QCoreApplication::translate("EnumLabels", "Online");
    case MeetingMode::Hybrid:
        return QCoreApplication::translate("EnumLabels", "Hybrid");
    }
    return {};
}

QString label(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Planned:
        return QCoreApplication::translate("EnumLabels", "Planned");
    case MeetingStatus::Held:
        return QCoreApplication::translate("EnumLabels", "Held");
    case MeetingStatus::MinutesApproved:
        return QCoreApplication::translate("EnumLabels", "Minutes approved");
    }
    return {};
}

QString label(AttendanceRole value)
{
    switch (value) {
    case AttendanceRole::Member:
        return QCoreApplication::translate("EnumLabels", "Member");
    case AttendanceRole::Lead:
        return QCoreApplication::translate("EnumLabels", "Lead");
    case AttendanceRole::Guest:
        return QCoreApplication::translate("EnumLabels", "Invited guest");
    case AttendanceRole::SteeringCommittee:
        return QCoreApplication::translate("EnumLabels", "Steering committee");
    case AttendanceRole::Secretary:
        return QCoreApplication::translate("EnumLabels", "Secretary");
    case AttendanceRole::Chair:
        return QCoreApplication::translate("EnumLabels", "Chair");
    }
    return {};
}

QString label(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present:
        return QCoreApplication::translate("EnumLabels", "Present");
    case AttendanceStatus::Absent:
        return QCoreApplication::translate("EnumLabels", "Absent");
    case AttendanceStatus::Excused:
        return QCoreApplication::translate("EnumLabels", "Excused");
    case AttendanceStatus::Late:
        return QCoreApplication::translate("EnumLabels", "Late");
    case AttendanceStatus::LeftEarly:
        return QCoreApplication::translate("EnumLabels", "Left early");
    }
    return {};
}

QString label(ProposalStatus value)
{
    switch (value) {
    case ProposalStatus::Open:
        return QCoreApplication::translate("EnumLabels", "Open");
    case ProposalStatus::Adopted:
        return QCoreApplication::translate("EnumLabels", "Adopted");
    case ProposalStatus::Rejected:
        return QCoreApplication::translate("EnumLabels", "Rejected");
    case ProposalStatus::Withdrawn:
        return QCoreApplication::translate("EnumLabels", "Withdrawn");
    case ProposalStatus::Deferred:
        return QCoreApplication::translate("EnumLabels", "Deferred");
    }
    return {};
}

QString label(DecisionStatus value)
{
    switch (value) {
    case DecisionStatus::Approved:
        return QCoreApplication::translate("EnumLabels", "Approved");
    case DecisionStatus::Rejected:
        return QCoreApplication::translate("EnumLabels", "Rejected");
    case DecisionStatus::Deferred:
        return QCoreApplication::translate("EnumLabels", "Deferred");
    }
    return {};
}

QString label(FollowUpState value)
{
    switch (value) {
    case FollowUpState::Open:
        return QCoreApplication::translate("EnumLabels", "Open");
    case FollowUpState::InProgress:
        return QCoreApplication::translate("EnumLabels", "In progress");
    case FollowUpState::Done:
        return QCoreApplication::translate("EnumLabels", "Done");
    case FollowUpState::Overdue:
        return QCoreApplication::translate("EnumLabels", "Overdue");
    }
    return {};
}

} // namespace jalaseh
