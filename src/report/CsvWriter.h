#pragma once

#include "DocumentWriter.h"

namespace jalaseh::report {

// Writes a document (a review of attendance or activity) as CSV for spreadsheets.
class CsvWriter : public DocumentWriter
{
public:
    DocumentFormat format() const override { return DocumentFormat::Csv; }
    void write(const Document& document, QIODevice& device) const override;
};

} // namespace jalaseh::report
