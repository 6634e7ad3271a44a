#include "DecisionsView.h"

#include "ActionItemListModel.h"
#include "DatabaseSession.h"
#include "DecisionListModel.h"
#include "PersonListModel.h"
#include "SearchFilterModel.h"
#include "persian/Digits.h"
#include "ui_DecisionsView.h"

#include <QHeaderView>

namespace jalaseh::app {

DecisionsView::DecisionsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DecisionsView>())
    , m_model(new DecisionListModel(this))
    , m_filter(new SearchFilterModel(this))
    , m_people(new PersonListModel(this))
    , m_actionItems(new ActionItemListModel(*m_people, this))
{
    m_ui->setupUi(this);
    m_ui->scopeCombo->addItem(tr("Open decisions, overdue first"),
                              int(DecisionListModel::Scope::Open));
    m_ui->scopeCombo->addItem(tr("All decisions"), int(DecisionListModel::Scope::All));
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->actionItemsTable->setModel(m_actionItems);
    for (QTableView* table : {m_ui->table, m_ui->actionItemsTable}) {
        table->verticalHeader()->hide();
        // Column widths from the first rows: measuring thousands of rows is slow.
        table->horizontalHeader()->setResizeContentsPrecision(40);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->table->horizontalHeader()->setSectionResizeMode(DecisionListModel::TextColumn,
                                                          QHeaderView::Stretch);
    setFocusProxy(m_ui->table);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setQuery(text);
        showCount();
    });
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &DecisionsView::reload);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionsView::showActionItems);
    connect(m_ui->table, &QTableView::activated, this, &DecisionsView::openCurrentMeeting);
    connect(m_ui->openMeetingButton, &QPushButton::clicked, this,
            &DecisionsView::openCurrentMeeting);
}

DecisionsView::~DecisionsView() = default;

void DecisionsView::setSession(DatabaseSession* session)
{
    m_session = session;
    reloadWhenShown();
    if (session)
        connect(session, &DatabaseSession::changed, this, [this](Change what) {
            if (what != Change::Memberships)
                reloadWhenShown();
        });
}

void DecisionsView::reloadWhenShown()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void DecisionsView::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void DecisionsView::reload()
{
    m_stale = false;
    if (!m_session)
        return;
    m_people->reload(m_session->database());
    m_model->reload(m_session->database(),
                    DecisionListModel::Scope(m_ui->scopeCombo->currentData().toInt()));
    m_ui->table->resizeColumnsToContents();
    showActionItems();
    showCount();
}

void DecisionsView::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void DecisionsView::showActionItems()
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!m_session || !index.isValid()) {
        m_actionItems->clear();
        return;
    }
    const Decision& decision = m_model->decisionAt(m_filter->mapToSource(index).row());
    m_actionItems->reload(m_session->database(), decision.meetingId, decision.id);
}

void DecisionsView::openCurrentMeeting()
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (index.isValid())
        emit openMeeting(m_model->decisionAt(m_filter->mapToSource(index).row()).meetingId);
}

void DecisionsView::showCount()
{
    m_ui->countLabel->setText(tr("%1 of %2 decisions")
                                  .arg(persian::formatNumber(m_filter->rowCount()),
                                       persian::formatNumber(m_model->rowCount())));
}

} // namespace jalaseh::app
