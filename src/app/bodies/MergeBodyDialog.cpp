#include "app/bodies/MergeBodyDialog.h"

#include "app/common/ViewSupport.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/models/PersonListModel.h"
#include "session/text/PersonName.h"
#include "storage/BodyMerging.h"
#include "storage/StorageError.h"
#include "ui_MergeBodyDialog.h"

#include <QPushButton>

namespace jalaseh::app {

MergeBodyDialog::MergeBodyDialog(storage::Database& database, const Body& body,
                                 const QList<Body>& bodies, const session::PersonListModel& people,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeBodyDialog>())
    , m_database(database)
    , m_body(body)
    , m_people(people)
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->problemLabel);
    setWindowTitle(tr("Merge %1").arg(body.name));
    m_ui->headingLabel->setText(
        tr("%1 joins another body. It keeps its name, its series, its meetings and their "
           "minutes; its members from that day on become members of the body it joins.")
            .arg(body.name));
    for (const Body& other : bodies)
        if (other.id != body.id && !other.isMerged())
            m_ui->intoCombo->addItem(other.name, other.id);
    m_ui->dateEdit->setAccessibleName(tr("Day of the merge"));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MergeBodyDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->intoCombo, &QComboBox::currentIndexChanged, this, &MergeBodyDialog::showPlan);
    connect(m_ui->dateEdit, &JalaliDateEdit::dateEdited, this, &MergeBodyDialog::showPlan);
    showPlan();
}

MergeBodyDialog::~MergeBodyDialog() = default;

Id MergeBodyDialog::intoId() const
{
    return m_ui->intoCombo->currentData().value<Id>();
}

QDate MergeBodyDialog::on() const
{
    return m_ui->dateEdit->date();
}

void MergeBodyDialog::setInto(Id bodyId)
{
    m_ui->intoCombo->setCurrentIndex(m_ui->intoCombo->findData(bodyId));
}

QString MergeBodyDialog::namesOf(const QList<Id>& people) const
{
    QStringList names;
    for (const Id id : people)
        if (const Person* person = m_people.person(id))
            names.append(session::displayName(*person));
    return names.join(tr(", "));
}

void MergeBodyDialog::showPlan()
{
    QPushButton* merge = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_ui->previewLabel->clear();
    m_ui->problemLabel->clear();
    merge->setEnabled(false);
    if (!intoId()) {
        m_ui->problemLabel->setText(tr("There is no other body to merge into. Add it first."));
        return;
    }
    try {
        storage::BodyMerging merging(m_database);
        const BodyMergePlan plan = merging.plan(m_body.id, intoId(), on());
        if (plan.isRefused()) {
            m_ui->problemLabel->setText(merging.refusalMessage(plan));
            return;
        }
        QList<Id> joining;
        for (const Membership& seat : plan.newSeats)
            joining.append(seat.personId);
        QStringList lines;
        if (joining.isEmpty())
            lines.append(tr("Nobody is a member of %1 after %2, so nobody joins %3.")
                             .arg(m_body.name, persian::formatDate(on()), plan.into.name));
        else
            lines.append(tr("%1 people join %2 on %3: %4.")
                             .arg(persian::formatNumber(joining.size()), plan.into.name,
                                  persian::formatDate(on()), namesOf(joining)));
        if (!plan.alreadyMembers.isEmpty())
            lines.append(tr("Members of %1 already, who keep their seat: %2.")
                             .arg(plan.into.name, namesOf(plan.alreadyMembers)));
        if (!plan.joinAsMembers.isEmpty())
            lines.append(tr("%1 has its own lead, deputy or secretary, so these join as members: "
                            "%2.")
                             .arg(plan.into.name, namesOf(plan.joinAsMembers)));
        lines.append(tr("Their seats in %1 end on that day. Undo (Ctrl+Z) takes the whole merge "
                        "back.")
                         .arg(m_body.name));
        for (QString& line : lines)
            line.prepend(QStringLiteral("• "));
        m_ui->previewLabel->setText(lines.join(QLatin1Char('\n')));
        merge->setEnabled(m_ui->dateEdit->problem().isEmpty());
    } catch (const storage::StorageError& error) {
        m_ui->problemLabel->setText(error.userMessage());
    }
}

void MergeBodyDialog::accept()
{
    showPlan();
    if (m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace jalaseh::app
