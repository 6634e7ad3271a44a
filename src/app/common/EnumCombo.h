#pragma once

#include "core/EnumLabels.h"

class QComboBox;

namespace jalaseh::app {

// Fills a combo box with every value of Enum (core/EnumLabels.h names them), its int value as
// item data.
template <typename Enum>
void fillCombo(QComboBox* combo);

// Selects `value` in a combo filled by fillCombo.
void selectValue(QComboBox* combo, int value);

} // namespace jalaseh::app
