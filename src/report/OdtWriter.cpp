#include "OdtWriter.h"

#include "Document.h"
#include "DocumentFonts.h"
#include "OdfContent.h"
#include "ReportFile.h"
#include "ZipPackage.h"

#include <QCoreApplication>
#include <QIODevice>

namespace jalaseh::report {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The page (A4, the PDF's margins), the default paragraph (right to left, Persian, the bundled
// font) and the running header and footer ("صفحه ۱ از ۲", with the word processor's own page
// fields).
QByteArray stylesXml(const Document& document)
{
    const QString font = DocumentFonts::families().first();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-styles"
               " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
               " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
               " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
               " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
               " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
               " office:version=\"1.2\">"
               "<office:font-face-decls><style:font-face style:name=\"%1\" "
               "svg:font-family=\"'%1'\"/>"
               "</office:font-face-decls>"
               "<office:styles>"
               "<style:default-style style:family=\"paragraph\">"
               "<style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"start\"/>"
               "<style:text-properties style:font-name=\"%1\" style:font-name-complex=\"%1\""
               " fo:font-size=\"11pt\" style:font-size-complex=\"11pt\" fo:language=\"fa\""
               " fo:country=\"IR\" style:language-complex=\"fa\" style:country-complex=\"IR\"/>"
               "</style:default-style>"
               "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
               "<style:style style:name=\"Chrome\" style:family=\"paragraph\">"
               "<style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"center\"/>"
               "<style:text-properties fo:font-size=\"8.5pt\" style:font-size-complex=\"8.5pt\""
               " fo:color=\"#555555\"/></style:style>"
               "</office:styles>"
               "<office:automatic-styles><style:page-layout style:name=\"A4\">"
               "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
               " style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\""
               " fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.8cm\" fo:margin-right=\"1.8cm\""
               " style:writing-mode=\"rl-tb\"/>"
               "<style:header-style><style:header-footer-properties fo:min-height=\"0.8cm\""
               " fo:margin-bottom=\"0.3cm\"/></style:header-style>"
               "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\""
               " fo:margin-top=\"0.3cm\"/></style:footer-style>"
               "</style:page-layout></office:automatic-styles>"
               "<office:master-styles><style:master-page style:name=\"Standard\""
               " style:page-layout-name=\"A4\">"
               "<style:header><text:p text:style-name=\"Chrome\">%2 — %3</text:p></style:header>"
               "<style:footer><text:p text:style-name=\"Chrome\">صفحه <text:page-number"
               " style:num-format=\"۱, ۲, ۳, ...\" text:select-page=\"current\"/> از "
               "<text:page-count style:num-format=\"۱, ۲, ۳, ...\"/></text:p></style:footer>"
               "</style:master-page></office:master-styles>"
               "</office:document-styles>\n")
        .arg(escaped(font), escaped(document.organisationName()), escaped(document.runningTitle()))
        .toUtf8();
}

QByteArray manifestXml(const OdfContent& content)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        " manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>");
    for (const auto& picture : content.pictures())
        xml += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\""
                              " manifest:media-type=\"image/png\"/>")
                   .arg(picture.first)
                   .toUtf8();
    xml += QByteArrayLiteral("</manifest:manifest>\n");
    return xml;
}

QByteArray metaXml(const Document& document)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<office:document-meta"
                          " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                          " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                          " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                          " office:version=\"1.2\"><office:meta>"
                          "<meta:generator>Jalaseh</meta:generator><dc:title>%1</dc:title>"
                          "<dc:language>fa-IR</dc:language></office:meta></office:document-meta>\n")
        .arg(escaped(document.runningTitle()))
        .toUtf8();
}

} // namespace

void OdtWriter::write(const Document& document, QIODevice& device) const
{
    Q_ASSERT(document.flowingText());
    const OdfContent content(*document.flowingText());
    ZipPackage package;
    package.add(QStringLiteral("mimetype"),
                QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    package.add(QStringLiteral("content.xml"), content.contentXml());
    package.add(QStringLiteral("styles.xml"), stylesXml(document));
    package.add(QStringLiteral("meta.xml"), metaXml(document));
    for (const auto& picture : content.pictures())
        package.add(picture.first, picture.second);
    package.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(content));
    ReportFile::writeAll(device, package.bytes(),
                         QCoreApplication::translate(
                             "Report", "The OpenDocument file could not be written (%1). Check "
                                       "that the disk is not full and try again."));
}

} // namespace jalaseh::report
