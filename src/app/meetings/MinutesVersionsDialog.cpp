#include "app/meetings/MinutesVersionsDialog.h"

#include "app/meetings/MinutesDialog.h"
#include "session/DatabaseSession.h"
#include "session/models/MinutesVersionListModel.h"
#include "ui_MinutesVersionsDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace jalaseh::app {

MinutesVersionsDialog::MinutesVersionsDialog(session::DatabaseSession& session, Id meetingId,
                                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MinutesVersionsDialog>())
    , m_session(session)
    , m_meetingId(meetingId)
    , m_model(new session::MinutesVersionListModel(this))
{
    m_ui->setupUi(this);
    m_model->reload(session, meetingId);
    m_ui->versionsView->setModel(m_model);
    m_ui->versionsView->verticalHeader()->hide();
    m_ui->versionsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->versionsView->resizeColumnsToContents();
    connect(m_ui->versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MinutesVersionsDialog::updateOpenButton);
    connect(m_ui->versionsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openVersion(index.row()); });
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openVersion(m_ui->versionsView->currentIndex().row()); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The latest version first in view, as the one asked for most.
    if (m_model->rowCount() > 0)
        m_ui->versionsView->selectRow(m_model->rowCount() - 1);
    updateOpenButton();
    resize(820, 320);
}

MinutesVersionsDialog::~MinutesVersionsDialog() = default;

void MinutesVersionsDialog::openVersion(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->versionAt(row).isApproved())
        return;
    MinutesDialog dialog(m_session.database(), m_meetingId, this, m_model->versionAt(row).number);
    dialog.exec();
}

void MinutesVersionsDialog::updateOpenButton()
{
    const int row = m_ui->versionsView->currentIndex().row();
    m_ui->openButton->setEnabled(row >= 0 && row < m_model->rowCount() &&
                                 m_model->versionAt(row).isApproved());
}

} // namespace jalaseh::app
