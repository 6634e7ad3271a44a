#include "PagedReport.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace jalaseh::report {

PagedReport::PagedReport(QPagedPaintDevice& device, QPageLayout::Orientation orientation,
                         QString organisation, QString title, PageChoice page)
    : m_device(device)
    , m_chrome(std::move(organisation), std::move(title))
{
    if (page == PageChoice::Document)
        PageRenderer::setUpPage(device, orientation);
    const QRect paintable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    // The reports size their columns for A4's body; on a narrower body (portrait, A5, wider
    // margins) the page is painted smaller instead of losing its last columns.
    const qreal designed =
        millimetres(orientation == QPageLayout::Landscape ? PageRenderer::landscapeBodyMillimetres
                                                          : PageRenderer::portraitBodyMillimetres);
    if (paintable.width() + 1 < designed)
        m_scale = paintable.width() / designed;
    m_top = PageRenderer::headerHeight(device);
    m_width = paintable.width() / m_scale;
    m_pageHeight = paintable.height() / m_scale - m_top - PageRenderer::footerHeight(device);
}

QPaintDevice* PagedReport::device() const
{
    return &m_device;
}

qreal PagedReport::millimetres(qreal length) const
{
    return length * m_device.logicalDpiY() / 25.4;
}

int PagedReport::add(qreal height, Painting painting, Options options)
{
    m_blocks.append({height, std::move(painting), options});
    return int(m_blocks.size() - 1);
}

void PagedReport::addSpace(qreal height)
{
    m_blocks.append({height, {}, {}});
}

QList<QList<PagedReport::Placed>> PagedReport::paginate() const
{
    QList<QList<Placed>> pages(1);
    qreal y = 0;
    auto newPage = [&] {
        pages.append(QList<Placed>());
        y = 0;
    };
    for (int index = 0; index < m_blocks.size(); ++index) {
        const Block& block = m_blocks[index];
        if (!block.painting) {
            if (y > 0 && y + block.height < m_pageHeight)
                y += block.height;
            continue;
        }
        if (block.options.newPageBefore && y > 0)
            newPage();
        // Blocks kept with the next one go to a new page together.
        qreal needed = block.height;
        bool kept = block.options.keepWithNext;
        for (int next = index + 1; kept && next < m_blocks.size(); ++next) {
            needed += m_blocks[next].height;
            // A space after a kept block carries the keeping on to the block after it.
            kept = !m_blocks[next].painting || m_blocks[next].options.keepWithNext;
        }
        if (y > 0 && y + std::min(needed, m_pageHeight) > m_pageHeight) {
            newPage();
            const int header = block.options.repeatOnNewPage;
            if (header >= 0 && header != index) {
                pages.last().append({header, y});
                y += m_blocks[header].height;
            }
        }
        pages.last().append({index, y});
        y += block.height;
    }
    return pages;
}

int PagedReport::print()
{
    const QList<QList<Placed>> pages = paginate();
    const QRect paintable = m_device.pageLayout().paintRectPixels(m_device.logicalDpiX());
    const qreal footer = PageRenderer::footerHeight(m_device);
    const qreal height = paintable.height() / m_scale;
    QPainter painter(&m_device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(Qt::RightToLeft);
    painter.scale(m_scale, m_scale);
    const int pageCount = int(pages.size());
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            m_device.newPage();
        m_chrome.paintHeader(painter, QRectF(0, 0, m_width, m_top));
        m_chrome.paintFooter(painter, QRectF(0, height - footer, m_width, footer), page + 1,
                             pageCount);
        for (const Placed& placed : pages[page]) {
            const Block& block = m_blocks[placed.block];
            const QRectF box(0, m_top + placed.top, m_width, block.height);
            painter.save();
            painter.setClipRect(box.adjusted(-1, -1, 1, 1));
            block.painting(painter, box);
            painter.restore();
        }
    }
    painter.end();
    return pageCount;
}

} // namespace jalaseh::report
