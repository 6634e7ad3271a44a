#include "PdfTextLayer.h"

#include "ReportError.h"

#include <QCoreApplication>
#include <QHash>
#include <exception>
#include <map>
#include <memory>
#include <optional>

// qpdf's PointerHolder is gone in favour of std::shared_ptr; saying so keeps qpdf's headers quiet.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace jalaseh::report {
namespace {

bool isPresentationForm(char16_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// The tokens of a CMap that matter here: hex strings (as bytes), brackets and bare words.
struct Token
{
    enum Kind
    {
        Hex,
        Open,
        Close,
        Word
    } kind;
    QByteArray value;
};

QList<Token> tokens(const QByteArray& cmap)
{
    QList<Token> result;
    qsizetype i = 0;
    const qsizetype n = cmap.size();
    while (i < n) {
        const char c = cmap[i];
        if (c == '<' && i + 1 < n && cmap[i + 1] != '<') {
            const qsizetype end = cmap.indexOf('>', i);
            if (end < 0)
                break;
            QByteArray digits = cmap.mid(i + 1, end - i - 1);
            digits.removeIf([](char d) { return !std::isxdigit(static_cast<unsigned char>(d)); });
            result.append(Token{Token::Hex, QByteArray::fromHex(digits)});
            i = end + 1;
        } else if (c == '[' || c == ']') {
            result.append(Token{c == '[' ? Token::Open : Token::Close, {}});
            ++i;
        } else if (c == '%') {
            while (i < n && cmap[i] != '\n' && cmap[i] != '\r')
                ++i;
        } else if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && !std::isspace(static_cast<unsigned char>(cmap[i])) && cmap[i] != '[' &&
                   cmap[i] != ']' && cmap[i] != '<')
                ++i;
            if (i == start) // a lone '<' of a "<<"
                i += (cmap[i] == '<' && i + 1 < n && cmap[i + 1] == '<') ? 2 : 1;
            result.append(Token{Token::Word, cmap.mid(start, i - start)});
        }
    }
    return result;
}

quint32 codeOf(const QByteArray& bytes)
{
    quint32 code = 0;
    for (char byte : bytes)
        code = (code << 8) | static_cast<unsigned char>(byte);
    return code;
}

QString utf16(const QByteArray& bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(char16_t((static_cast<unsigned char>(bytes[i]) << 8) |
                                   static_cast<unsigned char>(bytes[i + 1]))));
    return text;
}

// The text of the next code in a bfrange whose destination is one string: its last unit counts up.
QString advanced(QString text, quint32 by)
{
    if (!text.isEmpty())
        text.back() = QChar(char16_t(text.back().unicode() + by));
    return text;
}

QByteArray hex(quint32 value, int digits)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(digits, '0');
}

QByteArray hexText(const QString& text)
{
    QByteArray out;
    for (QChar c : text)
        out += hex(c.unicode(), 4);
    return out;
}

} // namespace

QMap<quint32, QString> PdfTextLayer::readCMap(const QByteArray& cmap)
{
    QMap<quint32, QString> map;
    const QList<Token> all = tokens(cmap);
    enum class Mode
    {
        None,
        Char,
        Range
    } mode = Mode::None;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Token& token = all[i];
        if (token.kind == Token::Word) {
            if (token.value == "beginbfchar")
                mode = Mode::Char;
            else if (token.value == "beginbfrange")
                mode = Mode::Range;
            else if (token.value == "endbfchar" || token.value == "endbfrange")
                mode = Mode::None;
            continue;
        }
        if (mode == Mode::Char && token.kind == Token::Hex && i + 1 < all.size() &&
            all[i + 1].kind == Token::Hex) {
            map.insert(codeOf(token.value), utf16(all[i + 1].value));
            ++i;
        } else if (mode == Mode::Range && token.kind == Token::Hex && i + 2 < all.size() &&
                   all[i + 1].kind == Token::Hex) {
            const quint32 low = codeOf(token.value);
            const quint32 high = codeOf(all[i + 1].value);
            if (high < low || high - low > 0xFFFF)
                return {};
            i += 2;
            if (all[i].kind == Token::Hex) {
                const QString first = utf16(all[i].value);
                for (quint32 code = low; code <= high; ++code)
                    map.insert(code, advanced(first, code - low));
            } else if (all[i].kind == Token::Open) {
                quint32 code = low;
                for (++i; i < all.size() && all[i].kind == Token::Hex; ++i, ++code) {
                    if (code <= high)
                        map.insert(code, utf16(all[i].value));
                }
            }
        }
    }
    return map;
}

QByteArray PdfTextLayer::writeCMap(const QMap<quint32, QString>& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    // At most 100 entries a block, as the CMap format asks.
    QList<QByteArray> lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty())
            lines.append('<' + hex(it.key(), 4) + "> <" + hexText(it.value()) + ">\n");
    }
    for (qsizetype from = 0; from < lines.size(); from += 100) {
        const qsizetype count = std::min<qsizetype>(100, lines.size() - from);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = from; i < from + count; ++i)
            out += lines[i];
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

QString PdfTextLayer::baseLetters(const QString& text)
{
    QString letters;
    for (QChar c : text) {
        const QString decomposed = isPresentationForm(c.unicode()) ? c.decomposition() : QString();
        if (decomposed.isEmpty()) {
            letters.append(c);
            continue;
        }
        // An isolated mark's form decomposes to a space and the mark: the glyph is the mark.
        for (QChar part : decomposed) {
            if (!(part == QLatin1Char(' ') && decomposed.size() > 1))
                letters.append(part);
        }
    }
    return letters;
}

namespace {

// What the post-pass does to one embedded font (a Type0 font over a TrueType CIDFont, as Qt
// writes them, CID = glyph of its subset).
struct FontPlan
{
    QMap<quint32, QString> toUnicode; // folded to base letters
    std::optional<quint32> space;     // the CID of the space glyph (blank)
    std::optional<quint32> zwnj;      // a new CID: the blank glyph, zero wide, mapped to ZWNJ
    // A ligature's CID -> new zero-width CIDs for its letters after the first (لا -> ا).
    QHash<quint32, QList<quint32>> trailing;
};

// The highest CID a CIDFont's /W array gives a width to.
quint32 highestWidthCid(QPDFObjectHandle widths)
{
    quint32 highest = 0;
    if (!widths.isArray())
        return highest;
    const int n = widths.getArrayNItems();
    for (int i = 0; i < n; ++i) {
        QPDFObjectHandle first = widths.getArrayItem(i);
        if (!first.isInteger() || i + 1 >= n)
            break;
        QPDFObjectHandle next = widths.getArrayItem(i + 1);
        if (next.isArray()) {
            highest = std::max<quint32>(highest, quint32(first.getIntValue()) +
                                                     quint32(next.getArrayNItems()) - 1);
            i += 1;
        } else {
            highest = std::max<quint32>(highest, quint32(next.getIntValue()));
            i += 2;
        }
    }
    return highest;
}

// Folds the font's ToUnicode map and, where the font has a blank glyph to lend, gives it new
// zero-width CIDs for ZWNJ and for the letters of ligatures after the first, so that every glyph
// stands for one character and a reader's ordering of glyphs puts the letters in order.
FontPlan planFont(QPDFObjectHandle font)
{
    FontPlan plan;
    QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
    if (!toUnicode.isStream())
        return plan;
    const std::shared_ptr<Buffer> data = toUnicode.getStreamData(qpdf_dl_generalized);
    plan.toUnicode = PdfTextLayer::readCMap(
        QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize())));
    quint32 highest = 0;
    for (auto it = plan.toUnicode.begin(); it != plan.toUnicode.end(); ++it) {
        it.value() = PdfTextLayer::baseLetters(it.value());
        // Fonts draw TAB and SPACE with one blank glyph and Qt names it by the lower code, TAB;
        // Qt never draws a tab as a glyph, so it is a space.
        if (it.value() == QLatin1String("\t"))
            it.value() = QStringLiteral(" ");
        highest = std::max(highest, it.key());
        if (it.value() == QLatin1String(" ") && !plan.space)
            plan.space = it.key();
    }
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    QPDFObjectHandle cidFont = descendants.isArray() && descendants.getArrayNItems() == 1
                                   ? descendants.getArrayItem(0)
                                   : QPDFObjectHandle();
    const bool identity = cidFont.isDictionary() &&
                          cidFont.getKey("/Subtype").isNameAndEquals("/CIDFontType2") &&
                          cidFont.getKey("/CIDToGIDMap").isNameAndEquals("/Identity");
    if (plan.space && identity) {
        quint32 next = std::max(highest, highestWidthCid(cidFont.getKey("/W"))) + 1;
        plan.zwnj = next++;
        plan.toUnicode.insert(*plan.zwnj, QString(QChar(0x200C)));
        QHash<QChar, quint32> letterCids;
        const QList<quint32> cids = plan.toUnicode.keys();
        for (quint32 cid : cids) {
            const QString text = plan.toUnicode.value(cid);
            if (text.size() < 2 || text.front().isSurrogate())
                continue;
            for (QChar letter : QStringView(text).mid(1)) {
                if (!letterCids.contains(letter)) {
                    letterCids.insert(letter, next);
                    plan.toUnicode.insert(next++, QString(letter));
                }
                plan.trailing[cid].append(letterCids.value(letter));
            }
            plan.toUnicode[cid] = text.left(1);
        }
        // The new CIDs draw the blank glyph with no width: the pages look as before.
        const quint32 first = *plan.zwnj;
        QByteArray map;
        map.reserve(int(next) * 2);
        for (quint32 cid = 0; cid < next; ++cid) {
            const quint32 gid = cid < first ? cid : *plan.space;
            map.append(char(gid >> 8)).append(char(gid & 0xFF));
        }
        cidFont.replaceKey("/CIDToGIDMap",
                           QPDFObjectHandle::newStream(&*font.getOwningQPDF(), map.toStdString()));
        QPDFObjectHandle widths = cidFont.getKey("/W");
        if (!widths.isArray()) {
            widths = QPDFObjectHandle::newArray();
            cidFont.replaceKey("/W", widths);
        }
        QPDFObjectHandle zeros = QPDFObjectHandle::newArray();
        for (quint32 cid = first; cid < next; ++cid)
            zeros.appendItem(QPDFObjectHandle::newInteger(0));
        widths.appendItem(QPDFObjectHandle::newInteger(first));
        widths.appendItem(zeros);
    }
    const QByteArray cmap = PdfTextLayer::writeCMap(plan.toUnicode);
    toUnicode.replaceStreamData(cmap.toStdString(), QPDFObjectHandle::newNull(),
                                QPDFObjectHandle::newNull());
    return plan;
}

QByteArray cidHex(quint32 cid)
{
    return QByteArray::number(cid, 16).toUpper().rightJustified(4, '0');
}

// Qt's page content sets each glyph on its own: "/F7 142 Tf ...", then "dx dy Td <0012> Tj" a
// glyph, in logical order. A default-ignorable character (ZWNJ) is drawn as the space glyph with
// no advance ("0 0 Td <space> Tj"): that one becomes the ZWNJ CID. After a ligature, its further
// letters follow at its origin, zero wide. Each such glyph is set a unit (a 1200th of an inch
// in Qt's units) left of where it would start: poppler orders the letters of a right-to-left
// word by where they start and would put a glyph starting with its right neighbour before it;
// "1 0 Td" then puts the line back where Qt's next relative move expects it. MuPDF takes the
// glyphs in the content's order, which is logical. Lines of any other form are kept as they are.
// "dx dy Td <cid> Tj": one glyph as Qt sets it.
struct Glyph
{
    double dx = 0;
    double dy = 0;
    quint32 cid = 0;
};

bool readGlyph(QByteArrayView line, Glyph& glyph)
{
    if (!line.endsWith("> Tj") || line.size() < 16) // "0 0 Td <0005> Tj"
        return false;
    const QByteArrayView hexDigits = line.sliced(line.size() - 8, 4);
    if (line[line.size() - 9] != '<' || !line.sliced(0, line.size() - 9).endsWith(" Td "))
        return false;
    bool ok = false;
    glyph.cid = hexDigits.toUInt(&ok, 16);
    if (!ok)
        return false;
    const QByteArrayView move = line.first(line.size() - 13).trimmed();
    const qsizetype space = move.indexOf(' ');
    if (space < 0)
        return false;
    bool okX = false, okY = false;
    glyph.dx = move.first(space).toDouble(&okX);
    glyph.dy = move.sliced(space + 1).trimmed().toDouble(&okY);
    return okX && okY;
}

QByteArray rewriteContent(const QByteArray& content,
                          const QHash<QByteArray, const FontPlan*>& fonts)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 8);
    const FontPlan* font = nullptr;
    bool glyphBefore = false;
    qsizetype from = 0;
    while (from < content.size()) {
        qsizetype end = content.indexOf('\n', from);
        if (end < 0)
            end = content.size();
        const QByteArrayView line(content.constData() + from, end - from);
        from = end + 1;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed == "BT")
            glyphBefore = false;
        else if (const qsizetype tf = trimmed.indexOf(" Tf"); tf > 0 && trimmed.startsWith('/'))
            font =
                fonts.value(trimmed.first(tf).first(trimmed.indexOf(' ')).sliced(1).toByteArray());
        Glyph drawn;
        if (!font || !readGlyph(trimmed, drawn)) {
            out.append(line);
            out += '\n';
            continue;
        }
        const bool noAdvance = glyphBefore && drawn.dx == 0 && drawn.dy == 0;
        glyphBefore = true;
        if (noAdvance && font->space && drawn.cid == *font->space && font->zwnj) {
            out += "-1 0 Td <" + cidHex(*font->zwnj) + "> Tj 1 0 Td\n";
            continue;
        }
        out.append(line);
        out += '\n';
        for (quint32 letter : font->trailing.value(drawn.cid))
            out += "-1 0 Td <" + cidHex(letter) + "> Tj 1 0 Td\n";
    }
    if (!content.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace

QByteArray PdfTextLayer::mend(const QByteArray& pdf)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("minutes.pdf", pdf.constData(), size_t(pdf.size()));
        std::map<QPDFObjGen, FontPlan> plans;
        for (QPDFObjectHandle& object : document.getAllObjects()) {
            if (object.isDictionary() && object.getKey("/Type").isNameAndEquals("/Font") &&
                object.getKey("/Subtype").isNameAndEquals("/Type0"))
                plans.emplace(object.getObjGen(), planFont(object));
        }
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(document).getAllPages()) {
            QHash<QByteArray, const FontPlan*> fonts;
            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            QPDFObjectHandle fontDictionary =
                resources.isDictionary() ? resources.getKey("/Font") : QPDFObjectHandle();
            if (fontDictionary.isDictionary()) {
                for (const std::string& key : fontDictionary.getKeys()) {
                    const auto plan = plans.find(fontDictionary.getKey(key).getObjGen());
                    if (plan != plans.end())
                        fonts.insert(QByteArray::fromStdString(key.substr(1)), &plan->second);
                }
            }
            for (QPDFObjectHandle& stream : page.getPageContents()) {
                const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
                const QByteArray content(reinterpret_cast<const char*>(data->getBuffer()),
                                         qsizetype(data->getSize()));
                const QByteArray rewritten = rewriteContent(content, fonts);
                if (rewritten != content)
                    stream.replaceStreamData(rewritten.toStdString(), QPDFObjectHandle::newNull(),
                                             QPDFObjectHandle::newNull());
            }
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        // Streams left as they were are copied as they are (fonts and images are not inflated and
        // deflated again); the rewritten ones are compressed.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception& error) {
        throw ReportError(
            QCoreApplication::translate("PdfTextLayer",
                                        "The PDF could not be finished. Please export it again; if "
                                        "it keeps failing, export the document as ODT instead."),
            QString::fromLocal8Bit(error.what()));
    }
}

} // namespace jalaseh::report
