#include "HtmlWriter.h"

#include "MinutesDocument.h"
#include "ReportError.h"

#include <QCoreApplication>
#include <QIODevice>

namespace jalaseh::report {

void HtmlWriter::write(const MinutesDocument& document, QIODevice& device) const
{
    const QByteArray bytes = document.html().toUtf8();
    if (device.write(bytes) != bytes.size())
        throw ReportError(QCoreApplication::translate(
                              "Report", "The HTML file could not be written (%1). Check that the "
                                        "disk is not full and try again.")
                              .arg(device.errorString()),
                          device.errorString());
}

} // namespace jalaseh::report
