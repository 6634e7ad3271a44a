#include "CsvWriter.h"

#include "Document.h"
#include "ReportFile.h"

#include <QCoreApplication>

namespace jalaseh::report {

void CsvWriter::write(const Document& document, QIODevice& device) const
{
    ReportFile::writeAll(device, document.csv(),
                         QCoreApplication::translate(
                             "Report", "The CSV file could not be written (%1). Check that the "
                                       "disk is not full and try again."));
}

} // namespace jalaseh::report
