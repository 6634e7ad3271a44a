#include "SettingsDialog.h"

#include "InterfaceLanguage.h"
#include "persian/Normalize.h"
#include "ui_SettingsDialog.h"

namespace jalaseh::app {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // Each language is named in itself, so that it can be found whatever the current one is.
    m_ui->languageCombo->addItem(QStringLiteral("فارسی"),
                                 int(InterfaceLanguage::Language::Persian));
    m_ui->languageCombo->addItem(QStringLiteral("English"),
                                 int(InterfaceLanguage::Language::English));
    m_initialLanguage = m_ui->languageCombo->findData(int(InterfaceLanguage::saved()));
    m_ui->languageCombo->setCurrentIndex(m_initialLanguage);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setOrganisation(const Organisation& organisation, bool editable)
{
    m_organisation = organisation;
    m_ui->organisationEdit->setText(organisation.name);
    m_ui->letterheadEdit->setPlainText(organisation.letterheadLines.join(QLatin1Char('\n')));
    m_ui->organisationEdit->setEnabled(editable);
    m_ui->letterheadEdit->setEnabled(editable);
}

Organisation SettingsDialog::organisation() const
{
    Organisation organisation = m_organisation;
    organisation.name = persian::normalizeForStorage(m_ui->organisationEdit->text());
    organisation.letterheadLines.clear();
    for (const QString& line : m_ui->letterheadEdit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            organisation.letterheadLines.append(persian::normalizeForStorage(line));
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

bool SettingsDialog::languageChanged() const
{
    return m_ui->languageCombo->currentIndex() != m_initialLanguage;
}

void SettingsDialog::accept()
{
    if (languageChanged())
        InterfaceLanguage::save(
            InterfaceLanguage::Language(m_ui->languageCombo->currentData().toInt()));
    QDialog::accept();
}

} // namespace jalaseh::app
