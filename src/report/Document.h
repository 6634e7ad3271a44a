#pragma once

#include "DocumentFormat.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace jalaseh::report {

// What a DocumentWriter writes: the minutes of a meeting (MinutesDocument), an attendance review
// (AttendanceDocument) or an activity review (ActivityDocument). Every document has pages, each
// headed by the organisation and a running title; it gives the contents of its other formats()
// and leaves the rest empty. The writer of a format asks only for what that format is made of.
class Document
{
public:
    virtual ~Document() = default;

    // The formats this document is written in.
    virtual QList<DocumentFormat> formats() const = 0;

    // The title (the PDF's properties), and the running header of every page: the organisation
    // and the title with the document's date or period.
    virtual QString title() const = 0;
    virtual QString organisationName() const = 0;
    virtual QString runningTitle() const = 0;
    // Sets `device` to the document's page (A4, in its orientation, with the documents' margins)
    // and paints every page on it; returns the number of pages. Needs a QGuiApplication.
    virtual int paintPages(QPagedPaintDevice& device) const = 0;
    // The orientation of that page.
    virtual QPageLayout::Orientation orientation() const = 0;
    // Paints every page on `device` as its page is set up already (a print preview's printer,
    // after the user's page set-up): other paper, margins or orientation. Pages laid out by hand
    // for A4 are scaled down to a narrower page's width rather than cut. Returns the page count.
    virtual int printPages(QPagedPaintDevice& device) const = 0;

    // The contents of the other formats, each given by the documents that have the format:
    // HTML, one self-contained page;
    virtual QString html() const;
    // Text, plain UTF-8 for a messenger;
    virtual QString plainText() const;
    // CSV, for spreadsheets (UTF-8 with a byte order mark);
    virtual QByteArray csv() const;
    // ODT, the text as it flows from page to page, laid out right to left in the bundled fonts
    // (null for a document of tables laid out page by page). It stays owned by the document.
    virtual const QTextDocument* flowingText() const;

protected:
    Document() = default;
    Document(const Document&) = default;
    Document(Document&&) = default;
    Document& operator=(const Document&) = default;
    Document& operator=(Document&&) = default;
};

} // namespace jalaseh::report
