#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPixmap;

namespace jalaseh::app {

// The organisation's logo as the database keeps it: PNG bytes, at most `largestSide` pixels wide
// or high (a scanned letterhead can be huge, and the minutes print it a few centimetres wide).
class LogoImage
{
    Q_DECLARE_TR_FUNCTIONS(LogoImage)

public:
    static constexpr int largestSide = 600;

    // Reads a PNG, JPEG or SVG file; empty with `problem` set (a sentence for the user) when it
    // cannot be read.
    static QByteArray fromFile(const QString& path, QString* problem);
    // A preview that fits in `width` x `height`; null for empty or unreadable bytes.
    static QPixmap preview(const QByteArray& png, int width, int height);
    // The file dialog's filter.
    static QString fileFilter();
};

} // namespace jalaseh::app
