#include "TextWriter.h"

#include "Document.h"
#include "ReportFile.h"

#include <QCoreApplication>

namespace jalaseh::report {

void TextWriter::write(const Document& document, QIODevice& device) const
{
    ReportFile::writeAll(device, document.plainText().toUtf8(),
                         QCoreApplication::translate(
                             "Report", "The text file could not be written (%1). Check that the "
                                       "disk is not full and try again."));
}

} // namespace jalaseh::report
