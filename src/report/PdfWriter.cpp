#include "PdfWriter.h"

#include "MinutesDocument.h"
#include "PageRenderer.h"

#include <QPdfWriter>

namespace jalaseh::report {

void PdfWriter::write(const MinutesDocument& document, QIODevice& device) const
{
    QPdfWriter pdf(&device);
    pdf.setTitle(document.title());
    pdf.setCreator(QStringLiteral("Jalaseh"));
    PageRenderer::setUpPage(pdf);
    document.print(pdf);
}

} // namespace jalaseh::report
