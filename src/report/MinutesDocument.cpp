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
    if (!options.documentId.isEmpty())
        document.addDocumentId(options, style);
    return document;
}

void MinutesDocument::addDocumentId(const MinutesOptions& options, MinutesStyle style)
{
    // Added here, not left to the templates: a template of the user's cannot lose it. The
    // export may leave it out, but never silently: verification tells the copy's text for the
    // approved one, so a copy without the id says it has none, and a copy with the id that
    // leaves parts out names them.
    const QString mark = QStringLiteral("شناسه سند: ");
    QStringList lines;
    QString paragraphs;
    const auto paragraph = [](const QString& html) {
        return QStringLiteral("<p class=\"document-id\" dir=\"rtl\">%1</p>").arg(html);
    };
    if (options.sections.documentId) {
        m_documentId = options.documentId;
        m_qrText = (options.verificationAddress + options.documentId).toUtf8();
        lines.append(mark + options.documentId);
        paragraphs += paragraph(
            mark +
            QStringLiteral("<span dir=\"ltr\">%1</span>").arg(options.documentId.toHtmlEscaped()));
    } else {
        lines.append(QStringLiteral("این نسخه بدون شناسه سند صادر شده است و با نسخه تأییدشده "
                                    "تطبیق‌پذیر نیست."));
        paragraphs += paragraph(lines.last());
    }
    MinutesSections shown = options.sections;
    if (style != MinutesStyle::Formal)
        shown.signatures = true; // only the formal minutes have signature lines to leave out
    if (style != MinutesStyle::Invitation && shown.abridged()) {
        lines.append(
            QStringLiteral(
                "بخش‌هایی از صورتجلسه تأییدشده که در این نسخه نیامده است: ") +
            shown.leftOutNames() + QLatin1Char('.'));
        paragraphs += paragraph(lines.last().toHtmlEscaped());
    }
    m_plainText += QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const qsizetype end = m_html.lastIndexOf(QLatin1String("</body>"));
    if (end >= 0)
        m_html.insert(end, paragraphs);
    else
        m_html += paragraphs;
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
