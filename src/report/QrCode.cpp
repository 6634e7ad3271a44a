#include "QrCode.h"

#include <QPainter>
#include <QRectF>
#include <qrencode.h>

namespace jalaseh::report {
namespace {

constexpr int quietZone = 4;

} // namespace

std::optional<QrCode> QrCode::encode(const QByteArray& text)
{
    QRcode* code = QRcode_encodeData(int(text.size()),
                                     reinterpret_cast<const unsigned char*>(text.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return std::nullopt;
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.reserve(qsizetype(code->width) * code->width);
    // Bit 0 of each byte is the module's colour (1 dark); the other bits say what it is for.
    for (int i = 0; i < code->width * code->width; ++i)
        qr.m_modules.append((code->data[i] & 1) != 0);
    QRcode_free(code);
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& square) const
{
    const qreal side = std::min(square.width(), square.height());
    const qreal module = side / (m_size + 2 * quietZone);
    const QPointF origin(square.center().x() - side / 2 + quietZone * module,
                         square.center().y() - side / 2 + quietZone * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // Rows of rectangles meet edge to edge: antialiased, a reader could see hairlines between.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y))
                ++end;
            painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                    (end - x) * module, module));
            x = end;
        }
    }
    painter.restore();
}

} // namespace jalaseh::report
