#include "app/people/PersonDialog.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "core/Validation.h"
#include "persian/Normalize.h"
#include "ui_PersonDialog.h"

namespace jalaseh::app {
namespace {

QString stored(const QString& text)
{
    return persian::normalizeForStorage(text);
}

} // namespace

PersonDialog::PersonDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PersonDialog>())
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->problemLabel);
    // The form's buttons are not wired by Designer; without this, OK would do nothing.
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    fillCombo<Gender>(m_ui->genderCombo);
    fillCombo<AcademicTitle>(m_ui->titleCombo);
    m_ui->problemLabel->hide();
    setPerson(Person{});
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::setPerson(const Person& person)
{
    m_person = person;
    m_ui->familyEdit->setText(person.familyName);
    m_ui->givenEdit->setText(person.givenName);
    selectValue(m_ui->genderCombo, int(person.gender));
    selectValue(m_ui->titleCombo, int(person.title));
    m_ui->affiliationEdit->setText(person.affiliation);
    m_ui->positionEdit->setText(person.position);
    m_ui->emailEdit->setText(person.email);
    m_ui->phoneEdit->setText(person.phone);
    m_ui->notesEdit->setPlainText(person.notes);
    m_ui->activeCheck->setChecked(person.active);
    setWindowTitle(person.id ? tr("Edit person") : tr("New person"));
}

void PersonDialog::showForReading(const QString& why)
{
    views::showForReading(this, m_ui->buttons, why);
    setWindowTitle(tr("Person"));
}

void PersonDialog::setMemberships(const QStringList& lines)
{
    m_ui->membershipsText->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
}

Person PersonDialog::person() const
{
    Person person = m_person;
    person.familyName = stored(m_ui->familyEdit->text());
    person.givenName = stored(m_ui->givenEdit->text());
    person.gender = Gender(m_ui->genderCombo->currentData().toInt());
    person.title = AcademicTitle(m_ui->titleCombo->currentData().toInt());
    person.affiliation = stored(m_ui->affiliationEdit->text());
    person.position = stored(m_ui->positionEdit->text());
    person.email = m_ui->emailEdit->text().trimmed();
    person.phone = m_ui->phoneEdit->text().trimmed();
    person.notes = m_ui->notesEdit->toPlainText();
    person.active = m_ui->activeCheck->isChecked();
    return person;
}

void PersonDialog::accept()
{
    const QList<ValidationError> errors = validate(person());
    if (!errors.isEmpty()) {
        m_ui->problemLabel->setText(errors.first().message);
        m_ui->problemLabel->show();
        m_ui->familyEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace jalaseh::app
