#include "app/meetings/HistoryDialog.h"

#include "session/DatabaseSession.h"
#include "session/models/HistoryModel.h"
#include "storage/Database.h"
#include "ui_HistoryDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace jalaseh::app {

HistoryDialog::HistoryDialog(session::DatabaseSession& session, Of of, Id id, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_model(new session::HistoryModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("historyDialog"));
    if (of == Of::Meeting) {
        setWindowTitle(tr("History of the meeting"));
        m_model->reloadMeeting(session, id);
    } else {
        setWindowTitle(tr("History of the decision"));
        m_model->reloadDecision(session, id);
    }
    const bool server = session.database().engine() == storage::Engine::Postgres;
    QString intro = server ? tr("Every change is written by the server as it is made, with the "
                                "login that made it. Nobody can change this list.")
                           : tr("Every change saved in this file is listed here, newest first, "
                                "with the user of the computer that saved it.");
    if (m_model->rowCount() == 0)
        intro += QLatin1Char(' ') + tr("Nothing has been changed since the history began.");
    m_ui->introLabel->setText(intro);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->resizeColumnsToContents();
    m_ui->historyView->resizeRowsToContents();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 480);
}

HistoryDialog::~HistoryDialog() = default;

} // namespace jalaseh::app
