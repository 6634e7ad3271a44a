#pragma once

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace jalaseh::report {

// Paints a laid-out document page by page onto a printer or PDF writer, with a running header
// (the organisation on the right, the document's title on the left, a rule below) and a footer
// "صفحه ۱ از ۲" in Persian digits.
// Whose page a document is painted on: its own (A4 with the documents' margins) or the one the
// device was set up with (a printer after the user's page set-up).
enum class PageChoice
{
    Document,
    Device
};

class PageRenderer
{
public:
    // What marks each page of approved minutes: "شناسه سند: …" and a QR code holding `qrText`
    // in a taller footer. Empty: no mark.
    struct DocumentMark
    {
        QString id;
        QByteArray qrText;
    };

    PageRenderer(QString organisation, QString title, DocumentMark mark = {});

    // The documents' margins, in millimetres.
    static constexpr qreal sideMarginMillimetres = 18;
    static constexpr qreal topBottomMarginMillimetres = 12;
    // The width between the side margins of an A4 landscape page, for reports that size their
    // tables before they have a page.
    static constexpr qreal landscapeBodyMillimetres = 297 - 2 * sideMarginMillimetres;
    static constexpr qreal portraitBodyMillimetres = 210 - 2 * sideMarginMillimetres;

    // A4 portrait (or landscape) with the documents' margins.
    static void setUpPage(QPagedPaintDevice& device,
                          QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Lays `document` out for `device`'s page and paints every page; returns the page count.
    int render(QTextDocument& document, QPagedPaintDevice& device) const;

    // The bands above and below the body of a page, in `device`'s pixels; and their painting,
    // for reports that lay their pages out themselves (PagedReport).
    static qreal headerHeight(const QPagedPaintDevice& device);
    static qreal footerHeight(const QPagedPaintDevice& device);
    void paintHeader(QPainter& painter, const QRectF& band) const;
    void paintFooter(QPainter& painter, const QRectF& band, int page, int pageCount) const;

private:
    qreal footerMillimetres() const;

    QString m_organisation;
    QString m_title;
    DocumentMark m_mark;
};

} // namespace jalaseh::report
