#pragma once

#include <QString>
#include <functional>
#include <memory>

class QPrintPreviewDialog;
class QWidget;

namespace jalaseh::report {
class Document;
}

namespace jalaseh::app {

// Qt's print preview of a document's real pages: painted as the PDF writer paints them, on the
// printer's page (A4 in the document's orientation, the documents' margins, until the user
// changes it with the dialog's page set-up), printed from there.
class PrintPreview
{
public:
    // `problem` hears what went wrong while painting (the preview then shows what was painted).
    static std::unique_ptr<QPrintPreviewDialog>
    make(std::shared_ptr<const report::Document> document, QWidget* parent,
         std::function<void(const QString&)> problem = {});
    // Opens the preview and returns once it is closed (printed or not).
    static void exec(std::shared_ptr<const report::Document> document, QWidget* parent,
                     std::function<void(const QString&)> problem = {});
    // How many pages the preview shows (0 before it is shown).
    static int pageCount(const QPrintPreviewDialog& preview);
};

} // namespace jalaseh::app
