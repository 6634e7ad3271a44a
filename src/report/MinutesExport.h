#pragma once

#include "DocumentFormat.h"
#include "MinutesContext.h"
#include "MinutesStyle.h"
#include "TemplateLibrary.h"
#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QString>

namespace jalaseh::report {

// Renders one meeting's document and writes it to `path` in one step: what the command line and
// the GUI's export action do. Throws ReportError with a sentence for the user.
void exportMinutes(const MeetingRecord& record, const Organisation& organisation,
                   MinutesStyle style, DocumentFormat format, const QString& path,
                   const MinutesOptions& options = {},
                   const TemplateLibrary& templates = TemplateLibrary());

} // namespace jalaseh::report
