#include "HtmlWriter.h"

#include "Document.h"
#include "ReportFile.h"

#include <QCoreApplication>

namespace jalaseh::report {

void HtmlWriter::write(const Document& document, QIODevice& device) const
{
    ReportFile::writeAll(device, document.html().toUtf8(),
                         QCoreApplication::translate(
                             "Report", "The HTML file could not be written (%1). Check that the "
                                       "disk is not full and try again."));
}

} // namespace jalaseh::report
