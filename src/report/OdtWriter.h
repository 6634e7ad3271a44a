#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes a document that flows as text (the minutes) as OpenDocument text for LibreOffice and
// Word.
class OdtWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Odt; }
    void write(const Document& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
