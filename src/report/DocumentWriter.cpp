#include "DocumentWriter.h"

#include "CsvWriter.h"
#include "Document.h"
#include "HtmlWriter.h"
#include "OdtWriter.h"
#include "PdfWriter.h"
#include "ReportFile.h"
#include "TextWriter.h"

namespace jalaseh::report {

void DocumentWriter::writeFile(const Document& document, const QString& path) const
{
    Q_ASSERT(document.formats().contains(format()));
    // Written beside the target and renamed at the end, so a failed export never leaves half a
    // document where the user expects the old one.
    ReportFile::save(path, [&](QIODevice& file) { write(document, file); });
}

std::unique_ptr<DocumentWriter> DocumentWriter::forFormat(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return std::make_unique<PdfWriter>();
    case DocumentFormat::Odt:
        return std::make_unique<OdtWriter>();
    case DocumentFormat::Html:
        return std::make_unique<HtmlWriter>();
    case DocumentFormat::Text:
        return std::make_unique<TextWriter>();
    case DocumentFormat::Csv:
        return std::make_unique<CsvWriter>();
    }
    return nullptr;
}

} // namespace jalaseh::report
