#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes a document (the minutes) as one self-contained HTML file.
class HtmlWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Html; }
    void write(const Document& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
