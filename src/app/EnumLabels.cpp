#include "EnumLabels.h"

#include <QComboBox>
#include <QCoreApplication>

namespace jalaseh::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EnumLabels", text);
}

} // namespace

QString label(Gender value)
{
    switch (value) {
    case Gender::Unspecified:
        return tr("Not given");
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    }
    return {};
}

QString label(AcademicTitle value)
{
    switch (value) {
    case AcademicTitle::None:
        return tr("No title");
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
        return tr("Steering committee");
    case BodyKind::WorkingGroup:
        return tr("Working group");
    case BodyKind::Other:
        return tr("Other body");
    }
    return {};
}

QString label(MembershipRole value)
{
    switch (value) {
    case MembershipRole::Lead:
        return tr("Lead");
    case MembershipRole::Deputy:
        return tr("Deputy");
    case MembershipRole::Secretary:
        return tr("Secretary");
    case MembershipRole::Member:
        return tr("Member");
    }
    return {};
}

QString label(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson:
        return tr("In person");
    case MeetingMode::Online:
        return tr("Online");
    case MeetingMode::Hybrid:
        return tr("Hybrid");
    }
    return {};
}

QString label(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Held:
        return tr("Held");
    case MeetingStatus::MinutesApproved:
        return tr("Minutes approved");
    }
    return {};
}

QString label(AttendanceRole value)
{
    switch (value) {
    case AttendanceRole::Member:
        return tr("Member");
    case AttendanceRole::Lead:
        return tr("Lead");
    case AttendanceRole::Guest:
        return tr("Invited guest");
    case AttendanceRole::SteeringCommittee:
        return tr("Steering committee");
    case AttendanceRole::Secretary:
        return tr("Secretary");
    case AttendanceRole::Chair:
        return tr("Chair");
    }
    return {};
}

QString label(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Excused:
        return tr("Excused");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::LeftEarly:
        return tr("Left early");
    }
    return {};
}

QString label(ProposalStatus value)
{
    switch (value) {
    case ProposalStatus::Open:
        return tr("Open");
    case ProposalStatus::Adopted:
        return tr("Adopted");
    case ProposalStatus::Rejected:
        return tr("Rejected");
    case ProposalStatus::Withdrawn:
        return tr("Withdrawn");
    case ProposalStatus::Deferred:
        return tr("Deferred");
    }
    return {};
}

QString label(DecisionStatus value)
{
    switch (value) {
    case DecisionStatus::Approved:
        return tr("Approved");
    case DecisionStatus::Rejected:
        return tr("Rejected");
    case DecisionStatus::Deferred:
        return tr("Deferred");
    }
    return {};
}

QString label(FollowUpState value)
{
    switch (value) {
    case FollowUpState::Open:
        return tr("Open");
    case FollowUpState::InProgress:
        return tr("In progress");
    case FollowUpState::Done:
        return tr("Done");
    case FollowUpState::Overdue:
        return tr("Overdue");
    }
    return {};
}

template <typename Enum>
void fillCombo(QComboBox* combo)
{
    combo->clear();
    for (Enum value : allValues<Enum>())
        combo->addItem(label(value), static_cast<int>(value));
}

template void fillCombo<Gender>(QComboBox*);
template void fillCombo<AcademicTitle>(QComboBox*);
template void fillCombo<BodyKind>(QComboBox*);
template void fillCombo<MembershipRole>(QComboBox*);
template void fillCombo<MeetingMode>(QComboBox*);
template void fillCombo<MeetingStatus>(QComboBox*);
template void fillCombo<AttendanceRole>(QComboBox*);
template void fillCombo<AttendanceStatus>(QComboBox*);
template void fillCombo<ProposalStatus>(QComboBox*);
template void fillCombo<DecisionStatus>(QComboBox*);
template void fillCombo<FollowUpState>(QComboBox*);

void selectValue(QComboBox* combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace jalaseh::app
