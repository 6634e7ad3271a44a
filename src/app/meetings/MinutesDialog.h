#pragma once

#include "core/Id.h"
#include "documents/MinutesSource.h"
#include "report/DocumentFormat.h"
#include "report/MinutesSections.h"
#include "report/MinutesStyle.h"

#include <QDialog>
#include <QList>
#include <optional>
#include <utility>

class QCheckBox;
class QPrintPreviewDialog;
class QTextDocument;
#include <memory>

namespace Ui {
class MinutesDialog;
}

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::app {

// The minutes of one meeting: a preview of the narrative report or the formal صورتجلسه, and
// print (with preview), export to PDF, ODT and HTML, and copy as plain text for a messenger.
// The documents are gathered by the documents library and written by the report library's
// writers, the same as the command line's.
class MinutesDialog : public QDialog
{
    Q_OBJECT
public:
    // With `version`, the approved version of that number as it was approved (its snapshot);
    // else the minutes as they stand (approved ones from their latest approved version).
    MinutesDialog(storage::Database& database, Id meetingId, QWidget* parent = nullptr,
                  std::optional<int> version = {});
    ~MinutesDialog() override;

    report::MinutesStyle style() const;
    // The parts the document shows, as ticked; remembered for the meetings of the series.
    report::MinutesSections sections() const;
    void setSections(const report::MinutesSections& sections);
    // Where the window remembers the parts of a series' minutes: this computer's settings
    // (QSettings), keyed by the database and the series. Not the database: a viewer on a server
    // may not write to it, and one user's choice for a copy is not everyone's.
    static QString sectionsSettingKey(const QString& databasePath, Id seriesId);
    // Writes the shown document to `path`; false (and the reason shown) when it failed.
    bool exportTo(const QString& path, report::DocumentFormat format);
    QString plainText() const;
    QString problem() const;
    // Qt's print preview of the shown document's pages, with page set-up and printing; made, not
    // shown (null, and the reason shown, when the document could not be made). Print… opens it.
    std::unique_ptr<QPrintPreviewDialog> printPreview();
    // The file name the export offers: the meeting's number and Jalali date, as the secretary
    // files it ("minutes-1-1402-01-21.pdf").
    QString proposedFileName(report::DocumentFormat format) const;

private:
    void showDocument();
    void sectionsChanged();
    void enableSections();
    void chooseFileAndExport(report::DocumentFormat format);
    void print();
    void copyText();
    void editTemplates();
    report::MinutesDocument render() const;
    void showProblem(const QString& message);

    std::unique_ptr<Ui::MinutesDialog> m_ui;
    documents::Minutes m_minutes; // with the user's templates folder over the built-in ones
    QTextDocument* m_previewDocument = nullptr;
    QString m_plainText;
    QString m_databasePath;                               // exports must never overwrite it
    QList<std::pair<QCheckBox*, QString>> m_sectionBoxes; // with their MinutesSections keys
};

} // namespace jalaseh::app
