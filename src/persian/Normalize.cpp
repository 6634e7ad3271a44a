#include "Normalize.h"

#include "Letters.h"
#include "TextBuffer.h"

#include <array>

namespace jalaseh::persian {

using namespace letters;

namespace {

// ---- Stored text -------------------------------------------------------------------------------

constexpr char16_t dropped = 0xFFFF; // a noncharacter: never in text worth keeping

// One character of typed text as it is stored, or `dropped`. Line breaks all become '\n'.
char16_t storedCharacter(char16_t c)
{
    switch (c) {
    case 0x0643: // ARABIC LETTER KAF
        return persianKaf;
    case 0x064A: // ARABIC LETTER YEH
    case 0x0649: // ARABIC LETTER ALEF MAKSURA
        return persianYeh;
    case 0xFEFF: // byte order mark, pasted from files
    case dropped:
        return dropped;
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) // Arabic-Indic digits
        return char16_t(c - 0x0660 + 0x06F0);
    if (isLineBreak(c))
        return u'\n';
    if (isHorizontalSpace(c))
        return u' ';
    if (isStrayControl(c))
        return dropped;
    return c;
}

// Builds stored text one character at a time: folds spaces, keeps line breaks, and keeps a ZWNJ
// only between two Arabic-script letters (elsewhere it does nothing but confuse search and
// cursor movement).
class StoredTextBuilder
{
public:
    explicit StoredTextBuilder(qsizetype sizeHint)
        : m_text(sizeHint)
    {
    }

    void add(char16_t c)
    {
        if (c == dropped)
            return;
        if (c == u'\n') {
            ++m_pendingLineBreaks;
            return;
        }
        if (c == u' ') {
            m_pendingSpace = true;
            return;
        }
        if (c == zwnj) {
            m_pendingZwnj = true;
            return;
        }
        if (!m_text.isEmpty()) {
            if (m_pendingLineBreaks > 0) {
                for (int i = 0; i < m_pendingLineBreaks; ++i)
                    m_text.append(u'\n');
            } else if (m_pendingSpace) {
                m_text.append(u' ');
            } else if (m_pendingZwnj && isArabicLetterOrMark(m_text.back()) &&
                       isArabicLetterOrMark(c)) {
                m_text.append(zwnj);
            }
        }
        m_pendingLineBreaks = 0;
        m_pendingSpace = false;
        m_pendingZwnj = false;
        m_text.append(c);
    }

    QString take() { return m_text.take(); }

private:
    TextBuffer m_text;
    int m_pendingLineBreaks = 0;
    bool m_pendingSpace = false;
    bool m_pendingZwnj = false;
};

// ---- Search keys -------------------------------------------------------------------------------

constexpr char16_t wordBreak = 0xFFFE;

// The key character of every character below U+0700 (where nearly all Persian and Latin text
// lives), so the hot loop is one table look-up per character.
using KeyTable = std::array<char16_t, 0x0700>;

KeyTable makeKeyTable()
{
    KeyTable table{};
    for (char16_t c = 0; c < table.size(); ++c)
        table[c] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    for (char16_t c = 0x80; c < table.size(); ++c) {
        if (QChar(c).isLetter())
            table[c] = QChar::toCaseFolded(c);
    }
    for (char16_t c = 0; c < table.size(); ++c) {
        if (isLineBreak(c) || isHorizontalSpace(c))
            table[c] = wordBreak;
    }
    table[u'-'] = wordBreak;
    table[u'_'] = wordBreak;
    for (char16_t c = 0; c < table.size(); ++c) {
        if (isStrayControl(c))
            table[c] = dropped;
    }
    table[0x00AD] = dropped; // soft hyphen
    // Letters written several ways fold to one: Arabic kaf and yeh, yeh and waw and heh with
    // hamza, alef with madda or hamza, teh marbuta and the heh variants.
    table[0x0643] = table[0x06AA] = persianKaf;
    for (char16_t c : {0x064A, 0x0649, 0x0626, 0x06CC, 0x06D0})
        table[c] = persianYeh;
    for (char16_t c : {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673})
        table[c] = 0x0627;
    table[0x0624] = 0x0648;
    for (char16_t c : {0x06C0, 0x0629, 0x06BE, 0x06D5, 0x06C1, 0x06C2})
        table[c] = 0x0647;
    table[0x0621] = dropped; // a lone hamza is written or left out ("اجزاء", "اجزا")
    // Harakat, Quranic marks and tatweel carry no letters.
    for (char16_t c = 0x0610; c <= 0x061A; ++c)
        table[c] = dropped;
    for (char16_t c = 0x064B; c <= 0x065F; ++c)
        table[c] = dropped;
    table[0x0670] = dropped;
    table[0x0640] = dropped;
    for (char16_t c = 0x06D6; c <= 0x06ED; ++c) {
        if (c != 0x06DD && c != 0x06DE && c != 0x06E9)
            table[c] = dropped;
    }
    table[0x061C] = dropped; // ARABIC LETTER MARK (bidi control)
    // Digits of every set become Latin; Arabic punctuation becomes its Latin counterpart.
    for (char16_t d = 0; d < 10; ++d)
        table[0x0660 + d] = table[0x06F0 + d] = char16_t(u'0' + d);
    table[0x060C] = u',';
    table[0x066C] = u',';
    table[0x061B] = u';';
    table[0x061F] = u'?';
    table[0x066A] = u'%';
    table[0x066B] = u'.';
    table[0x00AB] = table[0x00BB] = u'"';
    return table;
}

const KeyTable keyTable = makeKeyTable();

// The key character of a character at or above U+0700.
char16_t keyCharacterAbove0700(char16_t c)
{
    if (c == dropped || c == wordBreak || c == zwnj || c == 0x200D || c == 0x200E || c == 0x200F ||
        c == 0xFEFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2060)
        return dropped;
    if (isLineBreak(c) || isHorizontalSpace(c) || (c >= 0x2010 && c <= 0x2015) || c == 0x2212)
        return wordBreak;
    if (c == 0x201C || c == 0x201D)
        return u'"';
    if (c == 0x2018 || c == 0x2019)
        return u'\'';
    if (QChar::isSurrogate(c))
        return c;
    return QChar(c).isLetter() ? QChar::toCaseFolded(c) : c;
}

// Letters and digits of scripts that separate words with spaces (Latin, digits, Cyrillic...):
// between two of them a space is kept in the key ("new york" is not "newyork").
bool keepsSpaces(char16_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
        (c >= 0x08A0 && c <= 0x08FF) || QChar::isSurrogate(c))
        return false;
    return QChar(c).isLetterOrNumber();
}

class SearchKeyBuilder
{
public:
    explicit SearchKeyBuilder(qsizetype sizeHint)
        : m_key(sizeHint)
    {
    }

    void add(char16_t c)
    {
        if (c < keyTable.size()) {
            addPlain(keyTable[c]);
        } else if (isPresentationForm(c)) {
            for (const QChar part : decomposePresentationForm(c)) {
                const char16_t plain = part.unicode();
                addPlain(plain < keyTable.size() ? keyTable[plain] : keyCharacterAbove0700(plain));
            }
        } else {
            addPlain(keyCharacterAbove0700(c));
        }
    }

    QString take() { return m_key.take(); }

private:
    void addPlain(char16_t k)
    {
        if (k == dropped)
            return;
        if (k == wordBreak) {
            m_pendingBreak = true;
            return;
        }
        if (m_pendingBreak && !m_key.isEmpty() && keepsSpaces(m_key.back()) && keepsSpaces(k))
            m_key.append(u' ');
        m_pendingBreak = false;
        m_key.append(k);
    }

    TextBuffer m_key;
    bool m_pendingBreak = false;
};

} // namespace

QString normalizeForStorage(QStringView text)
{
    StoredTextBuilder builder(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue; // "\r\n" is one line break
        if (isPresentationForm(c)) {
            for (const QChar part : decomposePresentationForm(c))
                builder.add(storedCharacter(part.unicode()));
        } else {
            builder.add(storedCharacter(c));
        }
    }
    return builder.take();
}

QString searchKey(QStringView text)
{
    SearchKeyBuilder builder(text.size());
    for (const QChar c : text)
        builder.add(c.unicode());
    return builder.take();
}

} // namespace jalaseh::persian
