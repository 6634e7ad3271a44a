#include "TextLayer.h"

#include "OdtPackage.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <memory>
#include <poppler-document.h>
#include <poppler-page.h>

namespace jalaseh::test {
namespace {

bool isEmbeddingMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// Where a reader puts or leaves out a space next to a digit ("ساعت ۱۲ الی" as "ساعت  ۱۲الی"),
// or puts one before a mark set above its letter ("متعاقبا ً"): the differences the comparison
// forgives. Letters are never folded.
QString withoutSpacingAroundDigits(const QString& text)
{
    static const QRegularExpression spacing(
        QStringLiteral("\\s+(?=\\d)|(?<=\\d)\\s+|\\s+(?=\\p{Mn})"));
    return QString(text).replace(spacing, QString());
}

} // namespace

QString readerText(const QString& pdfPath, PdfReader reader)
{
    QProcess process;
    if (reader == PdfReader::Poppler)
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                    pdfPath, QStringLiteral("-")});
    else
        process.start(QStringLiteral("mutool"),
                      {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                       QStringLiteral("txt"), QStringLiteral("-o"), QStringLiteral("-"), pdfPath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.removeIf(isEmbeddingMark);
    return text;
}

int presentationForms(const QString& text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
    }));
}

int zwnjCount(const QString& text)
{
    return int(text.count(QChar(0x200C)));
}

QStringList typedWords(const QString& typed)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto isWordEdge = [](QChar c) {
        return c.isLetterOrNumber() || c.isMark();
    };
    QStringList words;
    for (QString word : typed.split(space, Qt::SkipEmptyParts)) {
        word.removeIf(isEmbeddingMark);
        qsizetype from = 0, to = word.size();
        while (from < to && !isWordEdge(word[from]))
            ++from;
        while (to > from && !isWordEdge(word[to - 1]))
            --to;
        if (to > from)
            words.append(word.mid(from, to - from));
    }
    return words;
}

WordMatch matchWords(const QString& haystack, const QString& typed, bool inOrder)
{
    const QString text = withoutSpacingAroundDigits(haystack);
    WordMatch match;
    qsizetype from = 0;
    for (const QString& word : typedWords(typed)) {
        ++match.total;
        const qsizetype at = text.indexOf(word, inOrder ? from : 0);
        if (at < 0) {
            if (match.missing.size() < 12)
                match.missing.append(word);
            continue;
        }
        ++match.found;
        from = at + word.size();
    }
    return match;
}

PairOrder pairOrder(const QString& haystack, const QString& typed)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = withoutSpacingAroundDigits(haystack).replace(space, QStringLiteral(" "));
    const auto lettersOnly = [](const QString& word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.isLetter() || c.isMark() || c.unicode() == 0x200C;
        });
    };
    PairOrder order;
    for (const QString& line : typed.split(QLatin1Char('\n'))) {
        const QStringList words = line.split(space, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (!lettersOnly(words[i]) || !lettersOnly(words[i + 1]))
                continue;
            ++order.total;
            const bool logical = text.contains(words[i] + QLatin1Char(' ') + words[i + 1]);
            if (logical)
                ++order.logical;
            else if (order.missing.size() < 12)
                order.missing.append(words[i] + QLatin1Char(' ') + words[i + 1]);
            if (text.contains(words[i + 1] + QLatin1Char(' ') + words[i]))
                ++order.reversed;
            if (!logical && text.contains(words[i + 1] + QLatin1Char(' ') + words[i]))
                ++order.reversedOnly;
        }
    }
    return order;
}

QString odtText(const QString& odtPath)
{
    QXmlStreamReader xml(zipMember(odtPath, QStringLiteral("content.xml")));
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("s"))
            text += QString(qMax(1, xml.attributes().value(QLatin1String("text:c")).toInt()),
                            QLatin1Char(' '));
        else if (xml.isEndElement() &&
                 (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h") ||
                  xml.name() == QLatin1String("line-break")))
            text += QLatin1Char('\n');
        else if (xml.isStartElement() && xml.name() == QLatin1String("tab"))
            text += QLatin1Char('\t');
    }
    return text;
}

QString htmlText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

bool popplerFinds(const QString& pdfPath, const QString& word)
{
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_file(pdfPath.toStdString()));
    if (!document)
        return false;
    const QByteArray utf8 = word.toUtf8();
    const poppler::ustring query = poppler::ustring::from_utf8(utf8.constData(), int(utf8.size()));
    for (int index = 0; index < document->pages(); ++index) {
        const std::unique_ptr<poppler::page> page(document->create_page(index));
        poppler::rectf found;
        if (page &&
            page->search(query, found, poppler::page::search_from_top, poppler::case_sensitive))
            return true;
    }
    return false;
}

} // namespace jalaseh::test
