#pragma once

#include "DocumentFormat.h"

#include <QString>
#include <memory>

class QIODevice;

namespace jalaseh::report {

class Document;

// Writes a document in one file format. One small class per format (PdfWriter, OdtWriter,
// HtmlWriter, TextWriter, CsvWriter), used alike by the window, the command line and the tests
// for the minutes and the reviews of attendance and activity.
class DocumentWriter
{
public:
    virtual ~DocumentWriter() = default;
    virtual DocumentFormat format() const = 0;
    // Writes to `device`, which is open for writing. `document` has this format among its
    // formats(). Throws ReportError on failure.
    virtual void write(const Document& document, QIODevice& device) const = 0;

    // Writes the whole file at `path` or, on failure, leaves any earlier file there untouched.
    // Throws ReportError with a sentence naming the file.
    void writeFile(const Document& document, const QString& path) const;

    // The one place a format's writer is chosen.
    static std::unique_ptr<DocumentWriter> forFormat(DocumentFormat format);
};

} // namespace jalaseh::report
