#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>
#include <utility>

class QTextBlock;
class QTextDocument;
class QTextFrame;
class QTextFragment;
class QTextTable;

namespace jalaseh::report {

// The content.xml of an OpenDocument text, made from a laid-out QTextDocument: paragraphs,
// spans, tables and images, every paragraph right to left, and Persian set in the
// complex-script font attributes that LibreOffice and Word use for Arabic script. Qt's own ODF
// writer writes neither, so its files open left to right in the default font.
class OdfContent
{
public:
    explicit OdfContent(const QTextDocument& document);

    QByteArray contentXml() const;
    // The images the content refers to, as ("Pictures/imageN.png", PNG bytes).
    const QList<std::pair<QString, QByteArray>>& pictures() const { return m_pictures; }

private:
    void writeFrame(const QTextFrame* frame);
    void writeTable(const QTextTable* table);
    void writeBlock(const QTextBlock& block);
    void writeFragment(const QTextFragment& fragment);
    void writeImage(const QTextFragment& fragment);
    void writeText(const QString& text);

    QString paragraphStyle(const QTextBlock& block);
    QString textStyle(const QTextFragment& fragment);
    QString cellStyle(const QTextTable* table, int row, int column);
    // Returns the name of the automatic style with these properties, adding it the first time.
    QString style(const QString& family, const QString& prefix, const QString& properties);

    const QTextDocument& m_document;
    QByteArray m_bodyBytes;
    QXmlStreamWriter m_body;
    QHash<QString, QString> m_styleNames;
    QString m_styles;
    int m_tableCount = 0;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

} // namespace jalaseh::report
