#include "EnumLabels.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

} // namespace

QString label(AcademicTitle value)
{
    switch (value) {
    case AcademicTitle::None:
        return {};
    case AcademicTitle::Doctor:
        return QCoreApplication::translate("CommandLine", "Dr.");
    case AcademicTitle::Engineer:
        return QCoreApplication::translate("CommandLine", "Eng.");
    }
    return {};
}

QString label(BodyKind value)
{
    switch (value) {
    case BodyKind::SteeringCommittee:
        return QCoreApplication::translate("CommandLine", "steering committee");
    case BodyKind::WorkingGroup:
        return QCoreApplication::translate("CommandLine", "working group");
    case BodyKind::Other:
        return QCoreApplication::translate("CommandLine", "other");
    }
    return {};
}

QString label(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson:
        return QCoreApplication::translate("CommandLine", "in person");
    case MeetingMode::Online:
        return QCoreApplication::translate("CommandLine", "online");
    case MeetingMode::Hybrid:
        return QCoreApplication::translate("CommandLine", "hybrid");
    }
    return {};
}

QString label(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Planned:
        return QCoreApplication::translate("CommandLine", "planned");
    case MeetingStatus::Held:
        return QCoreApplication::translate("CommandLine", "held");
    case MeetingStatus::MinutesApproved:
        return QCoreApplication::translate("CommandLine", "minutes approved");
    }
    return {};
}

QString label(DecisionStatus value)
{
    switch (value) {
    case DecisionStatus::Approved:
        return QCoreApplication::translate("CommandLine", "approved");
    case DecisionStatus::Rejected:
        return QCoreApplication::translate("CommandLine", "rejected");
    case DecisionStatus::Deferred:
        return QCoreApplication::translate("CommandLine", "deferred");
    }
    return {};
}

QString label(FollowUpState value)
{
    switch (value) {
    case FollowUpState::Open:
        return QCoreApplication::translate("CommandLine", "open");
    case FollowUpState::InProgress:
        return QCoreApplication::translate("CommandLine", "in progress");
    case FollowUpState::Done:
        return QCoreApplication::translate("CommandLine", "done");
    case FollowUpState::Overdue:
        return QCoreApplication::translate("CommandLine", "overdue");
    }
    return {};
}

} // namespace jalaseh::cli
