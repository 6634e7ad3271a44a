#include "app/common/EnumCombo.h"

#include "core/EnumLabels.h"

#include <QComboBox>

namespace jalaseh::app {

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
