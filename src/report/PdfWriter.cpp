#include "PdfWriter.h"

#include "Document.h"

#include <QPdfWriter>

namespace jalaseh::report {

void PdfWriter::write(const Document& document, QIODevice& device) const
{
    QPdfWriter pdf(&device);
    pdf.setTitle(document.title());
    pdf.setCreator(QStringLiteral("Jalaseh"));
    document.paintPages(pdf);
}

} // namespace jalaseh::report
