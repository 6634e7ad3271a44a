#include "DocumentWriter.h"

#include "HtmlWriter.h"
#include "OdtWriter.h"
#include "PdfWriter.h"
#include "ReportError.h"
#include "TextWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace jalaseh::report {

void DocumentWriter::writeFile(const MinutesDocument& document, const QString& path) const
{
    // QSaveFile writes beside the target and renames at the end, so a failed export never
    // leaves half a document where the user expects the old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(QCoreApplication::translate(
                              "Report", "The file %1 cannot be written (%2). Choose another "
                                        "folder or file name.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          file.errorString());
    write(document, file);
    if (!file.commit())
        throw ReportError(QCoreApplication::translate(
                              "Report", "The file %1 could not be saved (%2). Check that the "
                                        "disk is not full and try again.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          file.errorString());
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
    }
    return nullptr;
}

} // namespace jalaseh::report
