#include "app/shell/SettingsDialog.h"

#include "app/common/ViewSupport.h"
#include "app/shell/InterfaceLanguage.h"
#include "app/shell/LogoImage.h"
#include "persian/Normalize.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace jalaseh::app {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->logoProblemLabel);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(560);
    // Each language is named in itself, so that it can be found whatever the current one is.
    m_ui->languageCombo->addItem(QStringLiteral("فارسی"),
                                 int(InterfaceLanguage::Language::Persian));
    m_ui->languageCombo->addItem(QStringLiteral("English"),
                                 int(InterfaceLanguage::Language::English));
    m_initialLanguage = m_ui->languageCombo->findData(int(InterfaceLanguage::saved()));
    m_ui->languageCombo->setCurrentIndex(m_initialLanguage);
    m_ui->logoProblemLabel->hide();
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &SettingsDialog::askForLogoFile);
    connect(m_ui->clearLogoButton, &QPushButton::clicked, this, &SettingsDialog::clearLogo);
    showLogo();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setOrganisation(const Organisation& organisation, bool editable)
{
    m_organisation = organisation;
    m_logoPng = organisation.logoPng;
    m_editable = editable;
    m_ui->organisationEdit->setText(organisation.name);
    m_ui->letterheadEdit->setPlainText(organisation.letterheadLines.join(QLatin1Char('\n')));
    m_ui->verificationEdit->setText(organisation.verificationAddress);
    for (QWidget* field : {static_cast<QWidget*>(m_ui->organisationEdit),
                           static_cast<QWidget*>(m_ui->letterheadEdit),
                           static_cast<QWidget*>(m_ui->verificationEdit),
                           static_cast<QWidget*>(m_ui->chooseLogoButton)})
        field->setEnabled(editable);
    showLogo();
}

Organisation SettingsDialog::organisation() const
{
    Organisation organisation = m_organisation;
    organisation.name = persian::normalizeForStorage(m_ui->organisationEdit->text());
    organisation.letterheadLines.clear();
    for (const QString& line : m_ui->letterheadEdit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            organisation.letterheadLines.append(persian::normalizeForStorage(line));
    organisation.logoPng = m_logoPng;
    organisation.verificationAddress = m_ui->verificationEdit->text().trimmed();
    return organisation;
}

void SettingsDialog::setReviewRules(const ReviewRules& rules, bool editable)
{
    m_ui->consecutiveSpin->setRange(1, ReviewRules::maxConsecutiveAbsences);
    m_ui->yearlySpin->setRange(1, ReviewRules::maxAbsencesInOneYear);
    m_ui->quietMonthsSpin->setRange(1, ReviewRules::maxQuietMonths);
    m_ui->consecutiveSpin->setValue(rules.consecutiveAbsences);
    m_ui->yearlySpin->setValue(rules.absencesInOneYear);
    m_ui->quietMonthsSpin->setValue(rules.quietMonths);
    m_ui->reviewBox->setEnabled(editable);
}

ReviewRules SettingsDialog::reviewRules() const
{
    return {.consecutiveAbsences = m_ui->consecutiveSpin->value(),
            .absencesInOneYear = m_ui->yearlySpin->value(),
            .quietMonths = m_ui->quietMonthsSpin->value()};
}

void SettingsDialog::setAttachmentLimit(qint64 bytes, bool editable)
{
    constexpr qint64 megabyte = 1024 * 1024;
    m_attachmentLimit = bytes;
    m_ui->attachmentLimitSpin->setValue(int((bytes + megabyte - 1) / megabyte));
    m_ui->attachmentsBox->setEnabled(editable);
}

qint64 SettingsDialog::attachmentLimit() const
{
    constexpr qint64 megabyte = 1024 * 1024;
    // A limit that is no whole number of megabytes (set from the command line) stays as it was
    // unless the field was changed.
    if (m_attachmentLimit > 0 &&
        m_ui->attachmentLimitSpin->value() == int((m_attachmentLimit + megabyte - 1) / megabyte))
        return m_attachmentLimit;
    return qint64(m_ui->attachmentLimitSpin->value()) * megabyte;
}

bool SettingsDialog::languageChanged() const
{
    return m_ui->languageCombo->currentIndex() != m_initialLanguage;
}

bool SettingsDialog::chooseLogoFile(const QString& path)
{
    QString problem;
    const QByteArray png = LogoImage::fromFile(path, &problem);
    m_ui->logoProblemLabel->setText(problem);
    m_ui->logoProblemLabel->setVisible(!problem.isEmpty());
    if (png.isEmpty())
        return false;
    m_logoPng = png;
    showLogo();
    return true;
}

void SettingsDialog::clearLogo()
{
    m_logoPng.clear();
    m_ui->logoProblemLabel->hide();
    showLogo();
}

QString SettingsDialog::logoProblem() const
{
    return m_ui->logoProblemLabel->isHidden() ? QString() : m_ui->logoProblemLabel->text();
}

void SettingsDialog::askForLogoFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        LogoImage::fileFilter());
    if (!path.isEmpty())
        chooseLogoFile(path);
}

void SettingsDialog::showLogo()
{
    const QSize box = m_ui->logoPreview->minimumSize() - QSize(8, 8);
    const QPixmap preview = LogoImage::preview(m_logoPng, box.width(), box.height());
    if (preview.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(tr("No logo"));
    } else {
        m_ui->logoPreview->setPixmap(preview);
    }
    m_ui->clearLogoButton->setEnabled(m_editable && !m_logoPng.isEmpty());
}

void SettingsDialog::accept()
{
    if (languageChanged())
        InterfaceLanguage::save(
            InterfaceLanguage::Language(m_ui->languageCombo->currentData().toInt()));
    QDialog::accept();
}

} // namespace jalaseh::app
