#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes a document's pages as PDF (A4: portrait for the minutes, landscape for the reviews) with
// embedded fonts, page header and footer.
class PdfWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Pdf; }
    void write(const Document& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
