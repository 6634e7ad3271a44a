#include "ReportFile.h"

#include "ReportError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace jalaseh::report {

void ReportFile::save(const QString& path, const std::function<void(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(QCoreApplication::translate(
                              "Report", "The file %1 could not be written (%2). Choose another "
                                        "folder or file name.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          file.errorString());
    write(file);
    if (!file.commit())
        throw ReportError(QCoreApplication::translate(
                              "Report", "The file %1 could not be saved (%2). Check that the "
                                        "disk is not full and try again.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          file.errorString());
}

void ReportFile::writeAll(QIODevice& device, const QByteArray& bytes, const QString& failure)
{
    if (device.write(bytes) != bytes.size())
        throw ReportError(failure.arg(device.errorString()), device.errorString());
}

} // namespace jalaseh::report
