#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes the minutes as OpenDocument text for LibreOffice and Word.
class OdtWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Odt; }
    void write(const MinutesDocument& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
