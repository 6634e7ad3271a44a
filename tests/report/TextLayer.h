#pragma once

#include <QString>
#include <QStringList>

namespace jalaseh::test {

// A PDF's text layer as a reader gives it back with its default options, letters untouched: only
// the bidi embedding and isolate marks a reader puts around runs of text are set aside (they are
// not the document's text). Unlike pdfText(), nothing is folded: a presentation form stays one.
enum class PdfReader
{
    Poppler, // pdftotext, as Evince and Okular copy
    MuPdf,   // mutool draw -F txt
};
QString readerText(const QString& pdfPath, PdfReader reader);

// The Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) in `text`.
int presentationForms(const QString& text);
// The ZERO WIDTH NON-JOINERs in `text`.
int zwnjCount(const QString& text);

// The words of `typed` (split at white space, punctuation trimmed from their ends; ZWNJ kept
// inside), each looked up exactly in `haystack`. With `inOrder`, each after the one before
// (logical order); otherwise anywhere. Digits are matched on their own, so that only the spacing a
// reader puts around numbers is forgiven.
struct WordMatch
{
    int total = 0;
    int found = 0;
    QStringList missing; // the first few not found
};
WordMatch matchWords(const QString& haystack, const QString& typed, bool inOrder);
// The words of `typed` as matchWords() takes them.
QStringList typedWords(const QString& typed);

// The order of the words: each pair of neighbouring words of a line of `typed` (words of letters
// only) looked up in `haystack` (white space folded) as typed ("w1 w2": logical order) and the
// other way round ("w2 w1": visual order, as a reader that does not reorder gives it). A pair
// that a line wrap in a table cell separates is found neither way.
struct PairOrder
{
    int total = 0;
    int logical = 0;
    int reversed = 0;     // found the other way round (possibly besides in order)
    int reversedOnly = 0; // found only the other way round: read backwards
    QStringList missing;  // the first few pairs not found in logical order
};
PairOrder pairOrder(const QString& haystack, const QString& typed);

// The text of an ODT's content.xml and of an HTML page, as a word processor or a browser copies it
// (tags dropped, entities and ODF's space elements resolved).
QString odtText(const QString& odtPath);
QString htmlText(const QString& html);

// Whether a viewer built on poppler (Evince, Okular) finds `word` on some page of the PDF with its
// search (poppler::page::search, case-sensitive as typed).
bool popplerFinds(const QString& pdfPath, const QString& word);

} // namespace jalaseh::test
