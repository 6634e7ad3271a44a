#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes the minutes as A4 PDF with embedded fonts, page header and footer.
class PdfWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Pdf; }
    void write(const MinutesDocument& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
