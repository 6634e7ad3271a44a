#pragma once

// Character classes of Arabic-script text, shared by the normalisers and the parsers of this
// library (not part of its public API).

#include <QChar>
#include <QString>

namespace jalaseh::persian::letters {

constexpr char16_t zwnj = u'\u200C';
constexpr char16_t persianKaf = u'\u06A9';
constexpr char16_t persianYeh = u'\u06CC';

// Arabic-script letters and their combining marks (harakat, hamza above), after the
// presentation forms have been decomposed: the characters a ZWNJ can stand between.
inline bool isArabicLetterOrMark(char16_t c)
{
    return (c >= 0x0620 && c <= 0x065F && c != 0x0640) || (c >= 0x066E && c <= 0x06D5) ||
           (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE && c != 0x06E9) ||
           (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FF) ||
           (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) || c == 0x0610 ||
           (c > 0x0610 && c <= 0x061A);
}

// Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC), as copied out of old PDFs; they are
// decomposed to the plain letters before anything else is done with them.
inline bool isPresentationForm(char16_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

// The plain letters of a presentation form, or the character itself.
QString decomposePresentationForm(char16_t c);

// Spaces within a line (not line breaks): space, tab, no-break and the typographic spaces.
inline bool isHorizontalSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0x000B || c == 0x000C;
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

// Control characters that are neither spaces nor line breaks (NUL, escape, DEL...): pasted
// garbage that no document can show, so stored text and keys leave them out.
inline bool isStrayControl(char16_t c)
{
    return (c < 0x20 || (c >= 0x7F && c <= 0x9F)) && !isLineBreak(c) && !isHorizontalSpace(c);
}

} // namespace jalaseh::persian::letters
