#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

class QPainter;
class QRectF;

namespace jalaseh::report {

// A QR code, made by libqrencode (Debian's libqrencode4: the reference encoder, packaged and
// maintained, so Jalaseh carries no encoder of its own), drawn as vector shapes: filled
// rectangles, one a run of dark modules in a row, sharp at any zoom and in print, and a few
// hundred bytes in a PDF.
class QrCode
{
public:
    // `text` in byte mode with error correction level M (15% of the code may be lost); nullopt
    // when it is too long for a QR code.
    static std::optional<QrCode> encode(const QByteArray& text);

    int size() const { return m_size; } // modules a side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints the code into `square` (its largest square, centred), with the quiet zone of four
    // modules the standard asks for inside it, dark modules in black.
    void paint(QPainter& painter, const QRectF& square) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace jalaseh::report
