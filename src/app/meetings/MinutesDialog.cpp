#include "app/meetings/MinutesDialog.h"

#include "app/common/Icons.h"
#include "app/common/PrintPreview.h"
#include "app/common/ViewSupport.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "report/DocumentWriter.h"
#include "report/MinutesDocument.h"
#include "report/PageRenderer.h"
#include "report/ReportError.h"
#include "report/TemplateLibrary.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/StorageError.h"
#include "ui_MinutesDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace jalaseh::app {

MinutesDialog::MinutesDialog(storage::Database& database, Id meetingId, QWidget* parent,
                             std::optional<int> version)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MinutesDialog>())
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->problemLabel);
    m_ui->styleCombo->addItem(tr("Narrative report"), int(report::MinutesStyle::Narrative));
    m_ui->styleCombo->addItem(tr("Formal minutes (صورتجلسه)"), int(report::MinutesStyle::Formal));
    m_ui->styleCombo->addItem(tr("Invitation"), int(report::MinutesStyle::Invitation));
    m_ui->problemLabel->hide();
    resize(900, 700);
    m_databasePath = database.path();
    try {
        auto minutes = version
                           ? documents::MinutesSource::loadVersion(database, meetingId, *version)
                           : documents::MinutesSource::load(database, meetingId);
        if (minutes)
            m_minutes = std::move(*minutes);
        if (version)
            setWindowTitle(
                tr("Minutes, version %1 as approved").arg(persian::formatNumber(*version)));
    } catch (const storage::StorageError& error) {
        showProblem(error.userMessage());
    }

    m_sectionBoxes = {{m_ui->absenteesCheck, QStringLiteral("absentees")},
                      {m_ui->contributionsCheck, QStringLiteral("contributions")},
                      {m_ui->proposalsCheck, QStringLiteral("proposals")},
                      {m_ui->signaturesCheck, QStringLiteral("signatures")},
                      {m_ui->attachmentsCheck, QStringLiteral("attachments")},
                      {m_ui->documentIdCheck, QStringLiteral("document-id")}};
    if (m_minutes.record.meeting.id) {
        const QStringList leftOut =
            QSettings()
                .value(sectionsSettingKey(m_databasePath, m_minutes.record.meeting.seriesId))
                .toStringList();
        // Keys of a later version's parts are passed over, not refused.
        report::MinutesSections remembered;
        for (const QString& key : leftOut)
            remembered.set(key, false);
        for (const auto& [box, key] : m_sectionBoxes)
            box->setChecked(remembered.includes(key));
        m_minutes.options.sections = remembered;
    }
    for (const auto& [box, key] : m_sectionBoxes)
        connect(box, &QCheckBox::toggled, this, &MinutesDialog::sectionsChanged);
    enableSections();

    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, [this] {
        enableSections();
        showDocument();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &MinutesDialog::print);
    m_ui->printButton->setIcon(icons::named(QStringLiteral("document-print-preview")));
    connect(m_ui->pdfButton, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(report::DocumentFormat::Pdf); });
    connect(m_ui->odtButton, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(report::DocumentFormat::Odt); });
    connect(m_ui->htmlButton, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(report::DocumentFormat::Html); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MinutesDialog::copyText);
    connect(m_ui->templatesButton, &QPushButton::clicked, this, &MinutesDialog::editTemplates);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showDocument();
}

MinutesDialog::~MinutesDialog() = default;

report::MinutesStyle MinutesDialog::style() const
{
    return report::MinutesStyle(m_ui->styleCombo->currentData().toInt());
}

report::MinutesSections MinutesDialog::sections() const
{
    report::MinutesSections sections;
    for (const auto& [box, key] : m_sectionBoxes)
        sections.set(key, box->isChecked());
    return sections;
}

void MinutesDialog::setSections(const report::MinutesSections& sections)
{
    for (const auto& [box, key] : m_sectionBoxes) {
        const QSignalBlocker quiet(box);
        box->setChecked(sections.includes(key));
    }
    m_minutes.options.sections = sections;
    showDocument();
}

QString MinutesDialog::sectionsSettingKey(const QString& databasePath, Id seriesId)
{
    // A hash, since a path or a server's address holds characters QSettings keys cannot.
    const QByteArray database =
        QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("minutesSections/%1-%2").arg(QString::fromLatin1(database)).arg(seriesId);
}

void MinutesDialog::sectionsChanged()
{
    m_minutes.options.sections = sections();
    if (m_minutes.record.meeting.id)
        QSettings().setValue(sectionsSettingKey(m_databasePath, m_minutes.record.meeting.seriesId),
                             m_minutes.options.sections.leftOut());
    showDocument();
}

void MinutesDialog::enableSections()
{
    // A part the shown document cannot have stays ticked as chosen, only greyed out.
    const report::MinutesStyle shown = style();
    const bool minutes = shown != report::MinutesStyle::Invitation;
    for (const auto& [box, key] : m_sectionBoxes)
        box->setEnabled(minutes);
    m_ui->signaturesCheck->setEnabled(shown == report::MinutesStyle::Formal);
    m_ui->documentIdCheck->setEnabled(minutes && !m_minutes.options.documentId.isEmpty());
}

QString MinutesDialog::plainText() const
{
    return m_plainText;
}

QString MinutesDialog::problem() const
{
    return m_ui->problemLabel->isVisible() ? m_ui->problemLabel->text() : QString();
}

void MinutesDialog::showDocument()
{
    if (!m_minutes.record.meeting.id)
        return;
    try {
        const report::MinutesDocument document = render();
        // The preview shows the document as the PDF lays it out (tables right to left, the
        // bundled fonts), not the raw HTML; a copy, since the view changes its page width.
        QTextDocument* shown = document.textDocument().clone(this);
        m_ui->preview->setDocument(shown);
        delete m_previewDocument; // the view does not own the documents it is given
        m_previewDocument = shown;
        m_plainText = document.plainText();
        setWindowTitle(document.runningTitle());
        m_ui->problemLabel->hide();
    } catch (const report::ReportError& error) {
        showProblem(error.userMessage());
    }
}

bool MinutesDialog::exportTo(const QString& path, report::DocumentFormat format)
{
    if (storage::isDatabaseOrSideFile(path, m_databasePath)) {
        showProblem(storage::databaseAsOutputMessage(path));
        return false;
    }
    try {
        report::DocumentWriter::forFormat(format)->writeFile(render(), path);
        return true;
    } catch (const report::ReportError& error) {
        showProblem(error.userMessage());
        return false;
    }
}

QString MinutesDialog::proposedFileName(report::DocumentFormat format) const
{
    // Latin digits: a file name travels to systems and programs that may not read Persian ones.
    const persian::JalaliDate day =
        persian::JalaliDate::fromGregorian(m_minutes.record.meeting.date);
    const QString date = day.isValid() ? QStringLiteral("%1-%2-%3")
                                             .arg(day.year(), 4, 10, QLatin1Char('0'))
                                             .arg(day.month(), 2, 10, QLatin1Char('0'))
                                             .arg(day.day(), 2, 10, QLatin1Char('0'))
                                       : QString();
    return tr("minutes-%1-%2.%3")
        .arg(QString::number(m_minutes.record.meeting.number), date, report::formatKey(format));
}

void MinutesDialog::chooseFileAndExport(report::DocumentFormat format)
{
    const QString suffix = report::formatKey(format);
    const QString name = proposedFileName(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the minutes"), QDir(folder).filePath(name),
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty() && exportTo(path, format))
        m_ui->problemLabel->hide();
}

std::unique_ptr<QPrintPreviewDialog> MinutesDialog::printPreview()
{
    std::shared_ptr<const report::Document> document;
    try {
        document = std::make_shared<report::MinutesDocument>(render());
    } catch (const report::ReportError& error) {
        showProblem(error.userMessage());
        return nullptr;
    }
    return PrintPreview::make(document, this,
                              [this](const QString& message) { showProblem(message); });
}

void MinutesDialog::print()
{
    if (auto preview = printPreview())
        preview->exec();
}

report::MinutesDocument MinutesDialog::render() const
{
    return m_minutes.render(style());
}

void MinutesDialog::editTemplates()
{
    // The built-in templates are copied next to the user's data the first time, so there is
    // always something to edit; copies already there (and edited) are left alone.
    const QString folder = report::TemplateLibrary::defaultUserFolder();
    try {
        report::TemplateLibrary::copyBuiltIns(folder);
    } catch (const report::ReportError& error) {
        showProblem(error.userMessage());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showProblem(tr("The templates are in %1; open that folder with your file manager and "
                       "edit them in a text editor. The preview shows your changes when you pick "
                       "the document again.")
                        .arg(QDir::toNativeSeparators(folder)));
}

void MinutesDialog::copyText()
{
    QGuiApplication::clipboard()->setText(m_plainText);
}

void MinutesDialog::showProblem(const QString& message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->show();
}

} // namespace jalaseh::app
