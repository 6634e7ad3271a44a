#pragma once

#include "DocumentFormat.h"

#include <QString>
#include <memory>

class QIODevice;

namespace jalaseh::report {

class MinutesDocument;

// Writes a minutes document in one file format. One small class per format (PdfWriter,
// OdtWriter, HtmlWriter, TextWriter), used alike by the GUI, the command line and the tests.
class DocumentWriter
{
public:
    virtual ~DocumentWriter() = default;
    virtual DocumentFormat format() const = 0;
    // Writes to `device`, which is open for writing. Throws ReportError on failure.
    virtual void write(const MinutesDocument& document, QIODevice& device) const = 0;

    // Writes the whole file at `path` or, on failure, leaves any earlier file there untouched.
    // Throws ReportError with a sentence naming the file.
    void writeFile(const MinutesDocument& document, const QString& path) const;

    static std::unique_ptr<DocumentWriter> forFormat(DocumentFormat format);
};

} // namespace jalaseh::report
