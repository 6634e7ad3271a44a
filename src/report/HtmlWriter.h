#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes the minutes as one self-contained HTML file.
class HtmlWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Html; }
    void write(const MinutesDocument& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
