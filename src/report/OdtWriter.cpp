#include "OdtWriter.h"

#include "MinutesDocument.h"
#include "ReportError.h"

#include <QCoreApplication>
#include <QTextDocumentWriter>

namespace jalaseh::report {

void OdtWriter::write(const MinutesDocument& document, QIODevice& device) const
{
    QTextDocumentWriter writer(&device, QByteArrayLiteral("odf"));
    if (!writer.write(&document.textDocument()))
        throw ReportError(QCoreApplication::translate(
            "Report", "The OpenDocument file could not be written. Check that the disk is not "
                      "full and try again."));
}

} // namespace jalaseh::report
