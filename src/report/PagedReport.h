#pragma once

#include "PageRenderer.h"

#include <QList>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QRectF;

namespace jalaseh::report {

// How a block of a PagedReport goes onto its pages.
struct BlockOptions
{
    int repeatOnNewPage = -1;  // a block (a table's header) to paint first on a new page
    bool keepWithNext = false; // never the last block of a page (headings, header rows)
    bool newPageBefore = false;
};

// A report whose pages are laid out by hand: blocks stacked from the top of the page down, each a
// height and a painting. A block that does not fit goes to the next page; a table's rows name the
// block of its header row, which is repeated at the top of every page the table continues on.
// Every page has the minutes' running header (organisation on the right, title on the left) and
// the footer "صفحه ۱ از ۲" in Persian digits.
//
// Lengths are in the device's pixels (millimetres() converts), so that what is measured is what
// is painted at the device's resolution.
class PagedReport
{
public:
    using Painting = std::function<void(QPainter&, const QRectF&)>;
    using Options = BlockOptions;

    // Sets `device` to A4 in `orientation` with the documents' margins; or, with
    // PageChoice::Device, keeps the page the device has and, when it is narrower than A4 in
    // `orientation`, lays the blocks out for that width and scales each page down to fit.
    PagedReport(QPagedPaintDevice& device, QPageLayout::Orientation orientation,
                QString organisation, QString title, PageChoice page = PageChoice::Document);

    QPaintDevice* device() const;
    qreal millimetres(qreal length) const;
    qreal width() const { return m_width; }           // of the page's body
    qreal pageHeight() const { return m_pageHeight; } // of the page's body

    // Returns the block's index (for Options::repeatOnNewPage).
    int add(qreal height, Painting painting, Options options = {});
    // A gap between blocks; none at the top of a page.
    void addSpace(qreal height);

    // Places the blocks on pages and paints them; returns the number of pages.
    int print();

private:
    struct Block
    {
        qreal height = 0;
        Painting painting; // empty for a space
        Options options;
    };
    struct Placed
    {
        int block;
        qreal top;
    };
    QList<QList<Placed>> paginate() const;

    QPagedPaintDevice& m_device;
    PageRenderer m_chrome;
    qreal m_width = 0;
    qreal m_pageHeight = 0;
    qreal m_scale = 1; // of the painting, on a page narrower than the one laid out for
    qreal m_top = 0;
    QList<Block> m_blocks;
};

} // namespace jalaseh::report
