#include "MinutesDocument.h"

#include "DocumentFonts.h"
#include "Isolation.h"
#include "PageRenderer.h"
#include "RightToLeftTables.h"
#include "persian/JalaliDate.h"

#include <QTextDocument>
#include <QTextOption>

namespace jalaseh::report {

MinutesDocument MinutesDocument::render(const MeetingRecord& record,
                                        const Organisation& organisation, MinutesStyle style,
                                        const MinutesOptions& options,
                                        const TemplateLibrary& templates)
{
    MinutesContext context(record, organisation, style, options);
    MinutesDocument document;
    document.m_style = style;
    document.m_title = context.title();
    document.m_organisationName = Isolation::isolated(organisation.name.trimmed());
    document.m_runningTitle =
        record.meeting.date.isValid()
            ? document.m_title + QStringLiteral("، ") + persian::formatDate(record.meeting.date)
            : document.m_title;
    document.m_html = templates.render(styleKey(style) + QStringLiteral(".html"), context.data());
    document.m_plainText =
        templates.render(styleKey(style) + QStringLiteral(".txt"), context.data()).trimmed() +
        QLatin1Char('\n');
    if (!options.documentId.isEmpty()) {
        // Added here, not left to the templates: a template of the user's cannot lose it.
        document.m_documentId = options.documentId;
        document.m_qrText = (options.verificationAddress + options.documentId).toUtf8();
        const QString mark = QStringLiteral("شناسه سند: ");
        document.m_plainText += QLatin1Char('\n') + mark + options.documentId + QLatin1Char('\n');
        const QString paragraph =
            QStringLiteral("<p class=\"document-id\" dir=\"rtl\">%1<span dir=\"ltr\">%2</span></p>")
                .arg(mark, options.documentId);
        const qsizetype end = document.m_html.lastIndexOf(QLatin1String("</body>"));
        if (end >= 0)
            document.m_html.insert(end, paragraph);
        else
            document.m_html += paragraph;
    }
    return document;
}

MinutesDocument::MinutesDocument(MinutesDocument&&) noexcept = default;
MinutesDocument& MinutesDocument::operator=(MinutesDocument&&) noexcept = default;
MinutesDocument::~MinutesDocument() = default;

QTextDocument& MinutesDocument::textDocument() const
{
    if (m_textDocument)
        return *m_textDocument;
    DocumentFonts::ensureLoaded();
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    // Design metrics keep glyph advances unrounded, so lines break the same on screen and in
    // the PDF's high resolution.
    document->setUseDesignMetrics(true);
    document->setDefaultFont(DocumentFonts::font(11));
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    document->setDefaultTextOption(option);
    document->setHtml(mirrorTablesForQt(m_html));
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    m_textDocument = std::move(document);
    return *m_textDocument;
}

int MinutesDocument::print(QPagedPaintDevice& device) const
{
    const PageRenderer renderer(m_organisationName, m_runningTitle, {m_documentId, m_qrText});
    return renderer.render(textDocument(), device);
}

int MinutesDocument::paintPages(QPagedPaintDevice& device) const
{
    PageRenderer::setUpPage(device);
    return print(device);
}

} // namespace jalaseh::report
