#include "app/bodies/MembershipDialog.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "ui_MembershipDialog.h"

namespace jalaseh::app {

MembershipDialog::MembershipDialog(session::PersonListModel* people, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MembershipDialog>())
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->problemLabel);
    // The form's buttons are not wired by Designer; without this, OK would do nothing.
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MembershipDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &MembershipDialog::reject);
    m_ui->personPicker->setPeople(people);
    fillCombo<MembershipRole>(m_ui->roleCombo);
    m_ui->fromEdit->setEmptyAllowed(true);
    m_ui->untilEdit->setEmptyAllowed(true);
    m_ui->fromEdit->setAccessibleName(tr("Member from"));
    m_ui->untilEdit->setAccessibleName(tr("Member until"));
    m_ui->problemLabel->hide();
}

MembershipDialog::~MembershipDialog() = default;

void MembershipDialog::setMembership(const Membership& membership)
{
    m_membership = membership;
    m_ui->personPicker->setPersonId(membership.personId);
    selectValue(m_ui->roleCombo, int(membership.role));
    m_ui->fromEdit->setDate(membership.from);
    m_ui->untilEdit->setDate(membership.until);
    setWindowTitle(membership.id ? tr("Edit membership") : tr("New membership"));
}

void MembershipDialog::showForReading(const QString& why)
{
    views::showForReading(this, m_ui->buttons, why);
    setWindowTitle(tr("Membership"));
}

Membership MembershipDialog::membership() const
{
    Membership membership = m_membership;
    membership.personId = m_ui->personPicker->personId();
    membership.role = MembershipRole(m_ui->roleCombo->currentData().toInt());
    membership.from = m_ui->fromEdit->date();
    membership.until = m_ui->untilEdit->date();
    return membership;
}

void MembershipDialog::accept()
{
    const Membership chosen = membership();
    QString problem;
    if (chosen.personId == 0)
        problem = tr("Choose the person: type part of the name and pick it from the list.");
    else if (!m_ui->fromEdit->problem().isEmpty() || !m_ui->untilEdit->problem().isEmpty())
        problem = tr("Correct the dates first.");
    else if (chosen.from.isValid() && chosen.until.isValid() && chosen.until < chosen.from)
        problem = tr("The membership must end after it starts.");
    if (!problem.isEmpty()) {
        m_ui->problemLabel->setText(problem);
        m_ui->problemLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace jalaseh::app
