#pragma once

#include "Document.h"
#include "MinutesContext.h"
#include "MinutesStyle.h"
#include "TemplateLibrary.h"
#include "core/MeetingRecord.h"
#include "core/Organisation.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace jalaseh::report {

// One document made from one meeting record: the narrative report, the formal صورتجلسه or an
// invitation. It holds the template's HTML and plain text, and lays the HTML out as a
// QTextDocument for PDF, ODT, printing and preview. Every writer, the GUI and the command line
// work from this one object.
class MinutesDocument : public Document
{
public:
    // Fills the style's templates from the record. Throws ReportError when a template is missing
    // or has a mistake.
    static MinutesDocument render(const MeetingRecord& record, const Organisation& organisation,
                                  MinutesStyle style, const MinutesOptions& options = {},
                                  const TemplateLibrary& templates = TemplateLibrary());

    MinutesDocument(MinutesDocument&&) noexcept;
    MinutesDocument& operator=(MinutesDocument&&) noexcept;
    ~MinutesDocument() override;

    // PDF, ODT, HTML and plain text.
    QList<DocumentFormat> formats() const override { return minutesFormats(); }
    MinutesStyle style() const { return m_style; }
    // "گزارش نشست راهبران کارگروه‌ها", "صورتجلسه",
    // "دعوتنامه".
    QString title() const override { return m_title; }
    QString organisationName() const override { return m_organisationName; }
    // The title with the meeting's date, for the pages' running header.
    QString runningTitle() const override { return m_runningTitle; }
    // A self-contained HTML page (styles inline, logo as a data URL).
    QString html() const override { return m_html; }
    // Plain text for pasting into a messenger.
    QString plainText() const override { return m_plainText; }
    // The document id of approved minutes; empty otherwise.
    const QString& documentId() const { return m_documentId; }

    // The document laid out right to left in the bundled fonts; made on first use. Needs a
    // QGuiApplication. The GUI may show it in a QTextBrowser; it stays owned by this object.
    QTextDocument& textDocument() const;
    // Paints every page onto `device` (the QPrinter of a print preview, or a QPdfWriter): the
    // page header with the organisation and the title, the body, and "صفحه ۱ از ۲" at the foot.
    // Uses the device's page size and margins; PageRenderer::setUpPage sets A4 with the
    // documents' margins. Returns the number of pages.
    int print(QPagedPaintDevice& device) const;
    // A4 portrait with the documents' margins, then print().
    int paintPages(QPagedPaintDevice& device) const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    int printPages(QPagedPaintDevice& device) const override { return print(device); }
    const QTextDocument* flowingText() const override { return &textDocument(); }

private:
    MinutesDocument() = default;
    // The document id of approved minutes after the template's text (or the sentence that the
    // copy has none), and what the copy leaves out.
    void addDocumentId(const MinutesOptions& options, MinutesStyle style);

    MinutesStyle m_style = MinutesStyle::Narrative;
    QString m_title;
    QString m_organisationName;
    QString m_runningTitle;
    QString m_html;
    QString m_plainText;
    QString m_documentId;
    QByteArray m_qrText;
    mutable std::unique_ptr<QTextDocument> m_textDocument;
};

} // namespace jalaseh::report
