#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes a document (the minutes) as plain UTF-8 text for pasting into a messenger.
class TextWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Text; }
    void write(const Document& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
