#include "OdfContent.h"

#include "DocumentFonts.h"

#include <QBuffer>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace jalaseh::report {
namespace {

// Qt's rich text measures in pixels at 96 per inch.
QString points(qreal pixels)
{
    return QString::number(pixels * 72.0 / 96.0, 'f', 2) + QStringLiteral("pt");
}

// ODF's start and end follow the paragraph's writing direction, as Qt's alignments do unless
// they are absolute; an absolute left or right is turned into start or end for the direction.
// A block that sets no alignment reads as AlignLeft from Qt, but means "start".
QString alignment(const QTextBlockFormat& format, bool rightToLeft)
{
    if (!format.hasProperty(QTextFormat::BlockAlignment))
        return QStringLiteral("start");
    const Qt::Alignment flags = format.alignment();
    const Qt::Alignment horizontal = flags & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignJustify)
        return QStringLiteral("justify");
    if (horizontal & Qt::AlignHCenter)
        return QStringLiteral("center");
    const bool towardsRight = horizontal & Qt::AlignRight;
    if (!(horizontal & Qt::AlignAbsolute))
        return towardsRight ? QStringLiteral("end") : QStringLiteral("start");
    return towardsRight == rightToLeft ? QStringLiteral("start") : QStringLiteral("end");
}

QString attribute(const char* name, const QString& value)
{
    return QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name), value.toHtmlEscaped());
}

} // namespace

OdfContent::OdfContent(const QTextDocument& document)
    : m_document(document)
    , m_body(&m_bodyBytes)
{
    writeFrame(document.rootFrame());
}

QString OdfContent::style(const QString& family, const QString& prefix, const QString& properties)
{
    const QString key = family + properties;
    auto found = m_styleNames.constFind(key);
    if (found != m_styleNames.cend())
        return *found;
    const QString name = prefix + QString::number(m_styleNames.size() + 1);
    m_styleNames.insert(key, name);
    m_styles +=
        QStringLiteral("<style:style style:name=\"%1\" style:family=\"%2\">%3</style:style>")
            .arg(name, family, properties);
    return name;
}

void OdfContent::writeFrame(const QTextFrame* frame)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame* child = it.currentFrame()) {
            if (const auto* table = qobject_cast<const QTextTable*>(child))
                writeTable(table);
            else
                writeFrame(child);
        } else if (it.currentBlock().isValid()) {
            writeBlock(it.currentBlock());
        }
    }
}

void OdfContent::writeTable(const QTextTable* table)
{
    const QString name = QStringLiteral("Table%1").arg(++m_tableCount);
    const QTextTableFormat format = table->format();
    // Right-to-left tables hold their cells mirrored for Qt's layout (RightToLeftTables.h). The
    // word processor lays tables out by their writing mode itself, so they are written in
    // logical order (first column first) as right-to-left tables: Tab, copy and the reader's
    // own table tools then go the way a Persian reader expects.
    const bool rightToLeft = format.layoutDirection() != Qt::LeftToRight;
    const int columns = table->columns();
    const auto stored = [&](int logical) {
        return rightToLeft ? columns - 1 - logical : logical;
    };
    m_styles +=
        QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\">"
                       "<style:table-properties style:width=\"17.4cm\" table:align=\"margins\""
                       " style:writing-mode=\"%2\" fo:margin-bottom=\"4pt\"/></style:style>")
            .arg(name, rightToLeft ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
    const QList<QTextLength> widths = format.columnWidthConstraints();
    for (int column = 0; column < columns; ++column) {
        const QTextLength width = widths.value(stored(column));
        const int share = width.type() == QTextLength::PercentageLength
                              ? qMax(1, int(width.rawValue() * 100))
                              : 10000 / qMax(1, table->columns());
        m_styles +=
            QStringLiteral("<style:style style:name=\"%1.C%2\" style:family=\"table-column\">"
                           "<style:table-column-properties style:rel-column-width=\"%3*\"/>"
                           "</style:style>")
                .arg(name)
                .arg(column)
                .arg(share);
    }

    m_body.writeStartElement(QStringLiteral("table:table"));
    m_body.writeAttribute(QStringLiteral("table:name"), name);
    m_body.writeAttribute(QStringLiteral("table:style-name"), name);
    for (int column = 0; column < table->columns(); ++column) {
        m_body.writeEmptyElement(QStringLiteral("table:table-column"));
        m_body.writeAttribute(QStringLiteral("table:style-name"),
                              QStringLiteral("%1.C%2").arg(name).arg(column));
    }
    for (int row = 0; row < table->rows(); ++row) {
        m_body.writeStartElement(QStringLiteral("table:table-row"));
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(row, stored(column));
            // A spanning cell is written at its first logical column: in mirrored order that is
            // the last column it covers.
            const int first = rightToLeft ? cell.column() + cell.columnSpan() - 1 : cell.column();
            if (cell.row() != row || first != stored(column)) {
                m_body.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
                continue;
            }
            m_body.writeStartElement(QStringLiteral("table:table-cell"));
            m_body.writeAttribute(QStringLiteral("table:style-name"),
                                  cellStyle(table, row, cell.column()));
            m_body.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (cell.columnSpan() > 1)
                m_body.writeAttribute(QStringLiteral("table:number-columns-spanned"),
                                      QString::number(cell.columnSpan()));
            if (cell.rowSpan() > 1)
                m_body.writeAttribute(QStringLiteral("table:number-rows-spanned"),
                                      QString::number(cell.rowSpan()));
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (const QTextFrame* child = it.currentFrame()) {
                    if (const auto* inner = qobject_cast<const QTextTable*>(child))
                        writeTable(inner);
                    else
                        writeFrame(child);
                } else {
                    writeBlock(it.currentBlock());
                }
            }
            m_body.writeEndElement(); // table-cell
        }
        m_body.writeEndElement(); // table-row
    }
    m_body.writeEndElement(); // table
}

QString OdfContent::cellStyle(const QTextTable* table, int row, int column)
{
    const QTextTableCellFormat cell = table->cellAt(row, column).format().toTableCellFormat();
    const QTextTableFormat format = table->format();
    QString properties;
    const qreal border = qMax(format.border(), cell.topBorder());
    if (border > 0) {
        const QBrush brush = cell.hasProperty(QTextFormat::TableCellTopBorderBrush)
                                 ? cell.topBorderBrush()
                                 : format.borderBrush();
        const QColor colour = brush.style() == Qt::NoBrush ? QColor(Qt::darkGray) : brush.color();
        properties += attribute("fo:border", QStringLiteral("0.5pt solid ") + colour.name());
    } else {
        properties += attribute("fo:border", QStringLiteral("none"));
    }
    const qreal padding = cell.hasProperty(QTextFormat::TableCellTopPadding) ? cell.topPadding()
                                                                             : format.cellPadding();
    properties += attribute("fo:padding", points(qMax<qreal>(padding, 2)));
    if (cell.background().style() != Qt::NoBrush)
        properties += attribute("fo:background-color", cell.background().color().name());
    const QString vertical = cell.verticalAlignment() == QTextCharFormat::AlignMiddle
                                 ? QStringLiteral("middle")
                                 : QStringLiteral("top");
    properties += attribute("style:vertical-align", vertical);
    return style(QStringLiteral("table-cell"), QStringLiteral("C"),
                 QStringLiteral("<style:table-cell-properties%1/>").arg(properties));
}

QString OdfContent::paragraphStyle(const QTextBlock& block)
{
    const QTextBlockFormat format = block.blockFormat();
    const bool rightToLeft = block.textDirection() != Qt::LeftToRight;
    QString properties = attribute("style:writing-mode",
                                   rightToLeft ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
    properties += attribute("fo:text-align", alignment(format, rightToLeft));
    properties += attribute("fo:margin-top", points(qMax<qreal>(0, format.topMargin())));
    properties += attribute("fo:margin-bottom", points(qMax<qreal>(0, format.bottomMargin())));
    // A heading never ends a page: word processors keep it with the paragraph after it.
    if (format.headingLevel() > 0)
        properties += attribute("fo:keep-with-next", QStringLiteral("always"));
    if (format.lineHeightType() == QTextBlockFormat::ProportionalHeight)
        properties +=
            attribute("fo:line-height", QString::number(format.lineHeight()) + QLatin1Char('%'));
    return style(QStringLiteral("paragraph"), QStringLiteral("P"),
                 QStringLiteral("<style:paragraph-properties%1/>").arg(properties));
}

QString OdfContent::textStyle(const QTextFragment& fragment)
{
    const QTextCharFormat format = fragment.charFormat();
    const QStringList families = format.fontFamilies().toStringList();
    const QString family = families.value(0, DocumentFonts::families().first());
    const qreal size =
        format.fontPointSize() > 0 ? format.fontPointSize() : m_document.defaultFont().pointSizeF();
    const bool bold = format.fontWeight() >= QFont::DemiBold;
    QString properties;
    // Persian is a complex script: word processors take its font from the *-complex attributes.
    for (const char* name : {"fo:font-family", "style:font-family-complex"})
        properties += attribute(name, QLatin1Char('\'') + family + QLatin1Char('\''));
    for (const char* name : {"fo:font-size", "style:font-size-complex"})
        properties += attribute(name, QString::number(size) + QStringLiteral("pt"));
    if (bold) {
        for (const char* name : {"fo:font-weight", "style:font-weight-complex"})
            properties += attribute(name, QStringLiteral("bold"));
    }
    if (format.foreground().style() != Qt::NoBrush)
        properties += attribute("fo:color", format.foreground().color().name());
    return style(QStringLiteral("text"), QStringLiteral("T"),
                 QStringLiteral("<style:text-properties%1/>").arg(properties));
}

void OdfContent::writeBlock(const QTextBlock& block)
{
    const int heading = block.blockFormat().headingLevel();
    m_body.writeStartElement(heading > 0 ? QStringLiteral("text:h") : QStringLiteral("text:p"));
    m_body.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(block));
    if (heading > 0)
        m_body.writeAttribute(QStringLiteral("text:outline-level"), QString::number(heading));
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().isValid())
            writeFragment(it.fragment());
    }
    m_body.writeEndElement();
}

void OdfContent::writeFragment(const QTextFragment& fragment)
{
    if (fragment.charFormat().isImageFormat()) {
        writeImage(fragment);
        return;
    }
    m_body.writeStartElement(QStringLiteral("text:span"));
    m_body.writeAttribute(QStringLiteral("text:style-name"), textStyle(fragment));
    writeText(fragment.text());
    m_body.writeEndElement();
}

void OdfContent::writeText(const QString& text)
{
    // ODF collapses white space: a run of spaces is <text:s text:c="n"/>, a line break and a tab
    // are elements of their own.
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            m_body.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QChar::LineSeparator || c == QLatin1Char('\n')) {
            flush();
            m_body.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            m_body.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == QLatin1Char(' ') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char(' ')) {
            run += c;
            flush();
            qsizetype spaces = 0;
            while (i + 1 < text.size() && text[i + 1] == QLatin1Char(' ')) {
                ++spaces;
                ++i;
            }
            m_body.writeEmptyElement(QStringLiteral("text:s"));
            m_body.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
        } else if (c != QChar::ObjectReplacementCharacter && c != QChar::ParagraphSeparator) {
            run += c;
        }
    }
    flush();
}

void OdfContent::writeImage(const QTextFragment& fragment)
{
    const QTextImageFormat format = fragment.charFormat().toImageFormat();
    const QVariant resource =
        m_document.resource(QTextDocument::ImageResource, QUrl(format.name()));
    QImage image = resource.userType() == QMetaType::QByteArray
                       ? QImage::fromData(resource.toByteArray())
                       : qvariant_cast<QImage>(resource);
    if (image.isNull())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString path = QStringLiteral("Pictures/image%1.png").arg(m_pictures.size() + 1);
    m_pictures.append({path, png});

    const qreal height = format.height() > 0 ? format.height() : image.height();
    const qreal width =
        format.width() > 0 ? format.width() : height * image.width() / qMax(1, image.height());
    m_body.writeStartElement(QStringLiteral("draw:frame"));
    m_body.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    m_body.writeAttribute(QStringLiteral("svg:width"), points(width));
    m_body.writeAttribute(QStringLiteral("svg:height"), points(height));
    m_body.writeEmptyElement(QStringLiteral("draw:image"));
    m_body.writeAttribute(QStringLiteral("xlink:href"), path);
    m_body.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    m_body.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    m_body.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    m_body.writeEndElement();
}

QByteArray OdfContent::contentXml() const
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content"
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        " office:version=\"1.2\">\n<office:automatic-styles>");
    xml += m_styles.toUtf8();
    xml += QByteArrayLiteral("</office:automatic-styles>\n<office:body><office:text>");
    xml += m_bodyBytes;
    xml += QByteArrayLiteral("</office:text></office:body></office:document-content>\n");
    return xml;
}

} // namespace jalaseh::report
