#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace jalaseh::report {

// Saves a report whole or not at all: written beside `path` and renamed at the end, so a failed
// export never leaves half a file where the user expects the old one. Throws ReportError with a
// sentence for the user when the file cannot be written.
class ReportFile
{
public:
    static void save(const QString& path, const std::function<void(QIODevice&)>& write);
    // Writes all of `bytes` to `device`, or throws ReportError with `failure`, a sentence whose
    // %1 is the device's error.
    static void writeAll(QIODevice& device, const QByteArray& bytes, const QString& failure);
};

} // namespace jalaseh::report
