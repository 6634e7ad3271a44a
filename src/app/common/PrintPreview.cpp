#include "app/common/PrintPreview.h"

#include "report/Document.h"
#include "report/PageRenderer.h"
#include "report/ReportError.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>

namespace jalaseh::app {

std::unique_ptr<QPrintPreviewDialog>
PrintPreview::make(std::shared_ptr<const report::Document> document, QWidget* parent,
                   std::function<void(const QString&)> problem)
{
    // Shared with the painting, which the dialog's connection keeps until the dialog is gone.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(document->title());
    report::PageRenderer::setUpPage(*printer, document->orientation());
    auto preview = std::make_unique<QPrintPreviewDialog>(printer.get(), parent);
    preview->setWindowTitle(
        QCoreApplication::translate("PrintPreview", "Print preview: %1").arg(document->title()));
    QObject::connect(preview.get(), &QPrintPreviewDialog::paintRequested, preview.get(),
                     [printer, document, problem](QPrinter* target) {
                         try {
                             document->printPages(*target);
                         } catch (const report::ReportError& error) {
                             if (problem)
                                 problem(error.userMessage());
                         }
                     });
    return preview;
}

void PrintPreview::exec(std::shared_ptr<const report::Document> document, QWidget* parent,
                        std::function<void(const QString&)> problem)
{
    make(std::move(document), parent, std::move(problem))->exec();
}

int PrintPreview::pageCount(const QPrintPreviewDialog& preview)
{
    const auto* pages = preview.findChild<QPrintPreviewWidget*>();
    return pages ? pages->pageCount() : 0;
}

} // namespace jalaseh::app
