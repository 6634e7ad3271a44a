#pragma once

#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QString>

namespace jalaseh::report {

// Text that users type goes into sentences, titles and tables. An explicit direction control in
// it (an embedding or override U+202A–U+202E, an isolate U+2066–U+2068 left open) would go on
// acting after it and reverse the document's own words that follow ("RLO" in a name turns the
// rest of the line around). A field holding one is therefore set between U+2068 FIRST STRONG
// ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, which ends every control begun inside: the field
// keeps its own marks, and nothing after it changes. HTML, the ODT and the PDF's layout all
// follow Unicode's isolates; text without such controls is left exactly as it was.
namespace Isolation {

bool hasDirectionControls(const QString& text);
// `text` between FSI and PDI when it has direction controls, else `text` itself.
QString isolated(const QString& text);
// Whether `c` is one of the controls above or an isolate mark (U+2066–U+2069).
bool isDirectionControl(QChar c);

// Every text field of the record (names, titles, texts, reasons, places) and of the
// organisation, each isolated as above.
MeetingRecord isolatedFields(MeetingRecord record);
Organisation isolatedFields(Organisation organisation);

} // namespace Isolation
} // namespace jalaseh::report
