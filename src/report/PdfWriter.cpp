#include "PdfWriter.h"

#include "Document.h"
#include "PdfTextLayer.h"
#include "ReportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace jalaseh::report {

void PdfWriter::write(const Document& document, QIODevice& device) const
{
    // Qt writes the whole file first; its text layer is then mended (PdfTextLayer) on the way out.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(document.title());
        pdf.setCreator(QStringLiteral("Jalaseh"));
        document.paintPages(pdf);
    }
    const QByteArray mended = PdfTextLayer::mend(buffer.data());
    ReportFile::writeAll(device, mended,
                         QCoreApplication::translate(
                             "Report", "The PDF could not be written (%1). Check that the disk "
                                       "is not full and try again."));
}

} // namespace jalaseh::report
