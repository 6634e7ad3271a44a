#include "MinutesExport.h"

#include "DocumentWriter.h"
#include "MinutesDocument.h"

namespace jalaseh::report {

void exportMinutes(const MeetingRecord& record, const Organisation& organisation,
                   MinutesStyle style, DocumentFormat format, const QString& path,
                   const MinutesOptions& options, const TemplateLibrary& templates)
{
    const MinutesDocument document =
        MinutesDocument::render(record, organisation, style, options, templates);
    DocumentWriter::forFormat(format)->writeFile(document, path);
}

} // namespace jalaseh::report
