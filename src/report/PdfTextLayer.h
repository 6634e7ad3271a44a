#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace jalaseh::report {

// Mends the text layer of a PDF that Qt wrote, so that copying text out of it gives back the
// letters typed. Qt maps each glyph of an embedded font back to the character the font's cmap
// gives for it, which for a shaped Arabic-script letter is a presentation form (U+FB50-U+FEFF:
// "ﻛﺎﺭﮔﺮﻭﻩ" rather than "کارگروه"), and a lam-alef ligature to one such form. A reader's copy
// and a search typed with ordinary letters then miss the text. The post-pass rewrites every
// font's ToUnicode map: a presentation form becomes its base letters (its Unicode
// decomposition, so a lam-alef becomes ل + ا). The glyphs, the fonts (embedded, subset) and the
// page contents are left as they are, so the pages look exactly as before.
//
// It is done in the PDF rather than in Qt because Qt's PDF engine offers no hook for the text
// layer; libqpdf reads and writes the file faithfully and is in every distribution.
class PdfTextLayer
{
public:
    // The PDF `pdf` with its ToUnicode maps mended; throws ReportError if `pdf` cannot be read.
    static QByteArray mend(const QByteArray& pdf);

    // A ToUnicode CMap read into glyph (CID) -> text, and written back; exposed for the tests.
    static QMap<quint32, QString> readCMap(const QByteArray& cmap);
    static QByteArray writeCMap(const QMap<quint32, QString>& map);
    // The letters a glyph mapped to `text` stands for: presentation forms decomposed.
    static QString baseLetters(const QString& text);
};

} // namespace jalaseh::report
