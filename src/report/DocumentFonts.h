#pragma once

#include <QFont>
#include <QStringList>

namespace jalaseh::report {

// The fonts the documents are set in, bundled as Qt resources so that every machine renders and
// embeds the same ones. Noto Sans Arabic was chosen over Noto Naskh Arabic because Qt's PDF
// engine writes a text layer from it that copies out whole (with Naskh, pdftotext loses the لا
// ligatures and the digits ۴ and ۷); Noto Sans covers the Latin letters of names, links, e-mails.
class DocumentFonts
{
public:
    // Loads the bundled fonts into the application's font database, once; needs a
    // QGuiApplication. Returns false (and the documents fall back to system fonts) if a font
    // could not be loaded.
    static bool ensureLoaded();
    // Loads the fonts and lays out a line of Persian and Latin text in each weight, so that
    // the faces are read and shaped before the first document needs them. A command calls it
    // while the database is being read in another thread, to do both at once.
    static void warmUp();
    // "Noto Sans Arabic", then "Noto Sans".
    static QStringList families();
    // The documents' body font at `pointSize`.
    static QFont font(qreal pointSize, bool bold = false);
};

} // namespace jalaseh::report
