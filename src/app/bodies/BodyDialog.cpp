#include "app/bodies/BodyDialog.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "persian/Normalize.h"
#include "ui_BodyDialog.h"

namespace jalaseh::app {

BodyDialog::BodyDialog(const QList<Body>& otherBodies, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BodyDialog>())
{
    m_ui->setupUi(this);
    views::markAsProblem(m_ui->problemLabel);
    // The form's buttons are not wired by Designer; without this, OK would do nothing.
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BodyDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &BodyDialog::reject);
    fillCombo<BodyKind>(m_ui->kindCombo);
    m_ui->mergedCombo->addItem(tr("(not merged)"), Id(0));
    for (const Body& other : otherBodies)
        m_ui->mergedCombo->addItem(other.name, other.id);
    m_ui->mergedOnEdit->setEmptyAllowed(true);
    m_ui->mergedOnEdit->setAccessibleName(tr("Merged on"));
    // A merge moves the members too: it is made with "Merge into…" and taken back with Undo.
    const QString howToMerge =
        tr("Merge with “Merge into…” in the list of bodies; Undo takes a merge back.");
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->mergedCombo), static_cast<QWidget*>(m_ui->mergedOnEdit)}) {
        field->setEnabled(false);
        field->setToolTip(howToMerge);
    }
    m_ui->problemLabel->hide();
    setBody(Body{});
}

BodyDialog::~BodyDialog() = default;

void BodyDialog::setBody(const Body& body)
{
    m_body = body;
    m_ui->nameEdit->setText(body.name);
    selectValue(m_ui->kindCombo, int(body.kind));
    m_ui->descriptionEdit->setPlainText(body.description);
    const int merged = m_ui->mergedCombo->findData(body.mergedIntoId.value_or(0));
    m_ui->mergedCombo->setCurrentIndex(merged < 0 ? 0 : merged);
    m_ui->mergedOnEdit->setDate(body.mergedOn);
    m_ui->activeCheck->setChecked(body.active);
    setWindowTitle(body.id ? tr("Edit body") : tr("New body"));
}

void BodyDialog::showForReading(const QString& why)
{
    views::showForReading(this, m_ui->buttons, why);
    setWindowTitle(tr("Body"));
}

Body BodyDialog::body() const
{
    Body body = m_body;
    body.name = persian::normalizeForStorage(m_ui->nameEdit->text());
    body.kind = BodyKind(m_ui->kindCombo->currentData().toInt());
    body.description = m_ui->descriptionEdit->toPlainText();
    const Id merged = m_ui->mergedCombo->currentData().value<Id>();
    body.mergedIntoId = merged ? std::optional<Id>(merged) : std::nullopt;
    body.mergedOn = merged ? m_ui->mergedOnEdit->date() : QDate();
    body.active = m_ui->activeCheck->isChecked();
    return body;
}

void BodyDialog::accept()
{
    if (body().name.isEmpty()) {
        m_ui->problemLabel->setText(tr("A body needs a name."));
        m_ui->problemLabel->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace jalaseh::app
