#include "PageRenderer.h"

#include "DocumentFonts.h"
#include "persian/Digits.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace jalaseh::report {
namespace {

constexpr qreal headerMillimetres = 11;
constexpr qreal footerMillimetres = 10;
const QColor chromeColour(0x55, 0x55, 0x55);

qreal toPixels(qreal millimetres, const QPagedPaintDevice& device)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

PageRenderer::PageRenderer(QString organisation, QString title)
    : m_organisation(std::move(organisation))
    , m_title(std::move(title))
{
}

void PageRenderer::setUpPage(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                     QMarginsF(sideMarginMillimetres, topBottomMarginMillimetres,
                                               sideMarginMillimetres, topBottomMarginMillimetres),
                                     QPageLayout::Millimeter));
}

qreal PageRenderer::headerHeight(const QPagedPaintDevice& device)
{
    return toPixels(headerMillimetres, device);
}

qreal PageRenderer::footerHeight(const QPagedPaintDevice& device)
{
    return toPixels(footerMillimetres, device);
}

int PageRenderer::render(QTextDocument& document, QPagedPaintDevice& device) const
{
    const QRect paintable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal header = toPixels(headerMillimetres, device);
    const qreal footer = toPixels(footerMillimetres, device);
    const QRectF body(0, header, paintable.width(), paintable.height() - header - footer);

    // Lay the document out in the device's own resolution, so that the fonts' points and the
    // HTML's pixels both come out at their true size on paper.
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    if (layout->paintDevice() != &device) {
        layout->setPaintDevice(&device);
        document.markContentsDirty(0, document.characterCount());
    }
    document.setPageSize(body.size());
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(Qt::RightToLeft);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintHeader(painter, QRectF(0, 0, body.width(), header));
        paintFooter(painter, QRectF(0, body.bottom(), body.width(), footer), page + 1, pageCount);

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A line pushed to the next page starts exactly at this page's bottom edge, and Qt draws
        // a line that touches the clip: invisible, but its text would enter this page's text
        // layer. One device pixel less keeps it out.
        context.clip = QRectF(0, page * body.height(), body.width(), body.height() - 1);
        painter.setClipRect(context.clip);
        layout->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pageCount;
}

void PageRenderer::paintHeader(QPainter& painter, const QRectF& band) const
{
    painter.save();
    painter.setFont(DocumentFonts::font(8.5));
    painter.setPen(chromeColour);
    const QRectF text = band.adjusted(0, 0, 0, -band.height() * 0.3);
    painter.drawText(text, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter, m_organisation);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter, m_title);
    painter.setPen(QPen(chromeColour, band.height() / 60.0));
    const qreal ruleY = band.bottom() - band.height() * 0.22;
    painter.drawLine(QPointF(band.left(), ruleY), QPointF(band.right(), ruleY));
    painter.restore();
}

void PageRenderer::paintFooter(QPainter& painter, const QRectF& band, int page, int pageCount) const
{
    painter.save();
    painter.setFont(DocumentFonts::font(8.5));
    painter.setPen(chromeColour);
    const QString text = QStringLiteral("صفحه %1 از %2")
                             .arg(persian::formatNumber(page), persian::formatNumber(pageCount));
    painter.drawText(band, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace jalaseh::report
