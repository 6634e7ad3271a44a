#include "PageRenderer.h"

#include "DocumentFonts.h"
#include "QrCode.h"
#include "persian/Digits.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace jalaseh::report {
namespace {

constexpr qreal headerMillimetres = 11;
constexpr qreal plainFooterMillimetres = 10;
constexpr qreal markedFooterMillimetres = 22;
const QColor chromeColour(0x55, 0x55, 0x55);

qreal toPixels(qreal millimetres, const QPagedPaintDevice& device)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

// The next block with text after `block` (an empty paragraph is only spacing).
QTextBlock nextWithText(const QTextBlock& block)
{
    QTextBlock next = block.next();
    while (next.isValid() && next.text().trimmed().isEmpty())
        next = next.next();
    return next;
}

void setPageBreakBefore(const QTextBlock& block, bool on)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(on ? format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore
                                 : format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// Qt's pagination knows page breaks but not keep-with-next, so a heading could end a page with
// its content on the next. A heading whose following text starts on a later page gets a page
// break before it, one at a time (each break moves everything after it), until none is left.
// Returns the headings given a break, for the caller to take it away after painting.
QList<QTextBlock> keepHeadingsWithNext(QTextDocument& document, qreal pageHeight)
{
    QList<QTextBlock> moved;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    // Where the block's first line is: Qt pushes a line that does not fit to the next page by
    // moving the line within its block, so the block's own rectangle may start a page before.
    // A line pushed to a page starts at its top edge, give or take rounding: a device pixel's
    // allowance counts it there (as the clip in render() does).
    const auto pageOf = [&](const QTextBlock& block) {
        const QTextLayout* lines = block.layout();
        const qreal first = lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0;
        return int((layout->blockBoundingRect(block).top() + first + 1) / pageHeight);
    };
    while (moved.size() < document.blockCount()) {
        // Qt lays a document out lazily, as far as it is asked; a page break set in a part laid
        // out only up to the heading left a later table painted over what came before it. The
        // whole document is laid out before every look.
        document.pageCount();
        QTextBlock alone;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || block.text().trimmed().isEmpty() ||
                format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ||
                QTextCursor(block).currentTable())
                continue;
            const QTextBlock next = nextWithText(block);
            if (next.isValid() && pageOf(next) > pageOf(block)) {
                alone = block;
                break;
            }
        }
        if (!alone.isValid())
            break;
        setPageBreakBefore(alone, true);
        moved.append(alone);
    }
    return moved;
}

} // namespace

PageRenderer::PageRenderer(QString organisation, QString title, DocumentMark mark)
    : m_organisation(std::move(organisation))
    , m_title(std::move(title))
    , m_mark(std::move(mark))
{
}

qreal PageRenderer::footerMillimetres() const
{
    // A QR code of 25 to 33 modules and its quiet zone at about half a millimetre a module: what
    // a phone's camera and zbarimg read from paper.
    return m_mark.id.isEmpty() ? plainFooterMillimetres : markedFooterMillimetres;
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
    return toPixels(plainFooterMillimetres, device);
}

int PageRenderer::render(QTextDocument& document, QPagedPaintDevice& device) const
{
    const QRect paintable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal header = toPixels(headerMillimetres, device);
    const qreal footer = toPixels(footerMillimetres(), device);
    const QRectF body(0, header, paintable.width(), paintable.height() - header - footer);

    // Lay the document out in the device's own resolution, so that the fonts' points and the
    // HTML's pixels both come out at their true size on paper.
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    if (layout->paintDevice() != &device) {
        layout->setPaintDevice(&device);
        document.markContentsDirty(0, document.characterCount());
    }
    document.setPageSize(body.size());
    // The breaks are for these pages only: the document is laid out again for other pages and
    // written as ODT, where the word processor keeps the headings (fo:keep-with-next).
    const QList<QTextBlock> headings = keepHeadingsWithNext(document, body.height());
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
    for (const QTextBlock& heading : headings)
        setPageBreakBefore(heading, false);
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
    if (m_mark.id.isEmpty()) {
        painter.drawText(band, Qt::AlignCenter, text);
        painter.restore();
        return;
    }
    // The page number, the id on the right (where a Persian reader starts), the QR code on the
    // left, all in the band below the body.
    const QRectF line = band.adjusted(0, band.height() * 0.08, 0, 0);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignTop, text);
    painter.setPen(Qt::black);
    painter.setFont(DocumentFonts::font(9));
    // The id as its own left-to-right run, so that it copies out of the PDF as typed.
    const QString mark = QStringLiteral("شناسه سند: ") + QChar(0x2066) + m_mark.id + QChar(0x2069);
    painter.drawText(line, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignTop, mark);
    if (const auto qr = QrCode::encode(m_mark.qrText)) {
        const qreal side = band.height() - line.top() + band.top();
        qr->paint(painter, QRectF(band.left(), line.top(), side, side));
    }
    painter.restore();
}

} // namespace jalaseh::report
