#pragma once

#include <QString>
#include <QStringList>

namespace jalaseh::test {

// The text layer of a PDF as pdftotext reads it, with Arabic presentation forms folded back to
// their letters (NFKC), as a reader's copy and paste would give it. Empty when pdftotext failed.
QString pdfText(const QString& pdfPath);
// The text layer of one page (from 1), as pdfText.
QString pdfPageText(const QString& pdfPath, int page);
// The number of pages pdfinfo reports; 0 on failure.
int pdfPageCount(const QString& pdfPath);
// Where a test keeps its documents: a temporary folder, or $JALASEH_REPORT_OUTPUT when set (to
// look at the files afterwards).
QString outputFolder();

// Text as a comparison sees it: NFKC (Arabic presentation forms become letters), and only the
// letters, digits and combining marks, in logical order. pdftotext cannot give back the rest
// faithfully in right-to-left lines: the PDF has no glyph for ZWNJ or bidi marks, it returns
// brackets unmirrored, and it reorders runs of punctuation and moves spaces around digits
// ("ساعت ۱۲ الی" comes back as "ساعت  ۱۲الی", "غدیر و...)، و" as "غدیر و ،(... و").
QString foldForComparison(const QString& text);

// Whether each of `facts` (phrases, folded like the text) occurs in `haystack`, each after the
// one before. On failure, `missing` gets the first fact not found in its place.
bool containsInOrder(const QString& haystack, const QStringList& facts, QString* missing = nullptr);

// Whether every word of `text` occurs in `haystack` in the same order (words split on white
// space), both sides folded by foldForComparison. On failure, `missing` gets the first word not
// found after its predecessors.
bool containsWordsInOrder(const QString& haystack, const QString& text, QString* missing = nullptr);

} // namespace jalaseh::test
