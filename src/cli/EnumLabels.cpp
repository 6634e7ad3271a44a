#include "EnumLabels.h"

#include <QCoreApplication>

namespace jalaseh::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

QString label(AcademicTitle value)
{
    switch (value) {
    case AcademicTitle::None:
        return {};
    case AcademicTitle::Doctor:
        return tr("Dr.");
    case AcademicTitle::Engineer:
        return tr("Eng.");
    }
    return {};
}

QString label(BodyKind value)
{
    switch (value) {
    case BodyKind::SteeringCommittee:
        return tr("steering committee");
    case BodyKind::WorkingGroup:
        return tr("working group");
    case BodyKind::Other:
        return tr("other");
    }
    return {};
}

QString label(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson:
        return tr("in person");
    case MeetingMode::Online:
        return tr("online");
    case MeetingMode::Hybrid:
        return tr("hybrid");
    }
    return {};
}

QString label(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Planned:
        return tr("planned");
    case MeetingStatus::Held:
        return tr("held");
    case MeetingStatus::MinutesApproved:
        return tr("minutes approved");
    }
    return {};
}

QString label(DecisionStatus value)
{
    switch (value) {
    case DecisionStatus::Approved:
        return tr("approved");
    case DecisionStatus::Rejected:
        return tr("rejected");
    case DecisionStatus::Deferred:
        return tr("deferred");
    }
    return {};
}

QString label(FollowUpState value)
{
    switch (value) {
    case FollowUpState::Open:
        return tr("open");
    case FollowUpState::InProgress:
        return tr("in progress");
    case FollowUpState::Done:
        return tr("done");
    case FollowUpState::Overdue:
        return tr("overdue");
    }
    return {};
}

} // namespace jalaseh::cli
