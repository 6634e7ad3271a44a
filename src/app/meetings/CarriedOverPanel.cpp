#include "app/meetings/CarriedOverPanel.h"

#include "app/common/StaleReload.h"
#include "session/DatabaseSession.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/CarriedOverListModel.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace jalaseh::app {

CarriedOverPanel::CarriedOverPanel(const session::PersonListModel& people, QWidget* parent)
    : QGroupBox(tr("Carried over from earlier meetings"), parent)
    , m_staleness(new StaleReload(this, [this] { reload(); }))
    , m_model(new session::CarriedOverListModel(people, this))
    , m_emptyLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_outcomeLabel(new QLabel(tr("&Outcome:"), this))
    , m_outcomeCombo(new QComboBox(this))
    , m_recordButton(new QPushButton(tr("Record as &taken up"), this))
    , m_removeButton(new QPushButton(tr("&Not taken up here"), this))
{
    setObjectName(QStringLiteral("carriedOverPanel"));
    m_table->setObjectName(QStringLiteral("carriedOverTable"));
    m_outcomeCombo->setObjectName(QStringLiteral("carriedOutcomeCombo"));
    m_recordButton->setObjectName(QStringLiteral("recordReviewButton"));
    m_removeButton->setObjectName(QStringLiteral("removeReviewButton"));
    m_emptyLabel->setText(
        tr("No decision of an earlier meeting of this series is waiting to be taken up."));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Decisions carried over from earlier meetings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(session::CarriedOverListModel::TextColumn,
                                                      QHeaderView::Stretch);
    m_outcomeCombo->setAccessibleName(tr("What this meeting decided"));
    m_outcomeCombo->addItem(tr("Approved in this meeting"), int(DecisionStatus::Approved));
    m_outcomeCombo->addItem(tr("Rejected in this meeting"), int(DecisionStatus::Rejected));
    m_outcomeCombo->addItem(tr("Deferred again"), int(DecisionStatus::Deferred));

    auto* actions = new QHBoxLayout;
    m_outcomeLabel->setBuddy(m_outcomeCombo);
    actions->addWidget(m_outcomeLabel);
    actions->addWidget(m_outcomeCombo);
    actions->addWidget(m_recordButton);
    actions->addWidget(m_removeButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CarriedOverPanel::showSelected);
    connect(m_recordButton, &QPushButton::clicked, this, &CarriedOverPanel::recordReview);
    connect(m_removeButton, &QPushButton::clicked, this, &CarriedOverPanel::removeReview);
    showSelected();
}

void CarriedOverPanel::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_meetingId = 0;
    m_model->clear();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
            // A decision of another meeting, or this meeting's date or series, may have changed;
            // read again now if the panel is in sight, else when it next comes into sight.
            if (what != session::Change::MeetingRows && what != session::Change::Meetings &&
                what != session::Change::People)
                return;
            m_staleness->markStale();
        });
}

void CarriedOverPanel::showMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void CarriedOverPanel::reload()
{
    m_staleness->markFresh();
    const Id selected =
        m_table->currentIndex().isValid() ? m_model->idAt(m_table->currentIndex().row()) : 0;
    m_model->clear();
    if (m_session && m_meetingId) {
        if (!m_session->read([&] { m_model->reload(m_session->database(), m_meetingId); }))
            m_staleness->retryWhenShown();
    }
    const bool any = m_model->rowCount() > 0;
    m_emptyLabel->setVisible(!any);
    m_table->setVisible(any);
    m_table->resizeColumnsToContents();
    // As tall as its rows, four at most: the decisions of this meeting below need the room.
    const int shown = std::clamp(m_model->rowCount(), 1, 4);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * shown +
                            m_table->horizontalHeader()->sizeHint().height() +
                            2 * m_table->frameWidth());
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (any)
        m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showSelected();
}

void CarriedOverPanel::showSelected()
{
    const QModelIndex index = m_table->currentIndex();
    const bool chosen = index.isValid();
    m_outcomeCombo->setEnabled(chosen);
    m_recordButton->setEnabled(chosen);
    m_removeButton->setEnabled(chosen && m_model->isReviewedHere(index.row()));
    for (QWidget* widget :
         {static_cast<QWidget*>(m_outcomeCombo), static_cast<QWidget*>(m_recordButton),
          static_cast<QWidget*>(m_removeButton)})
        widget->setVisible(m_model->rowCount() > 0);
    if (chosen)
        m_outcomeCombo->setCurrentIndex(
            m_outcomeCombo->findData(int(m_model->decisionAt(index.row()).status)));
}

void CarriedOverPanel::recordReview()
{
    const QModelIndex index = m_table->currentIndex();
    if (!m_session || !m_meetingId || !index.isValid())
        return;
    const Decision before = m_model->decisionAt(index.row());
    Decision after = before;
    after.status = DecisionStatus(m_outcomeCombo->currentData().toInt());
    if (!after.reviewedInMeetingIds.contains(m_meetingId))
        after.reviewedInMeetingIds.append(m_meetingId);
    if (after != before)
        m_session->perform(new session::UpdateRowCommand<Decision>(
            *m_session, before, after, tr("Take up a carried-over decision")));
}

void CarriedOverPanel::removeReview()
{
    const QModelIndex index = m_table->currentIndex();
    if (!m_session || !m_meetingId || !index.isValid())
        return;
    const Decision before = m_model->decisionAt(index.row());
    Decision after = before;
    // It came back because it was deferred; not taken up here, it is deferred still.
    after.status = DecisionStatus::Deferred;
    after.reviewedInMeetingIds.removeAll(m_meetingId);
    if (after != before)
        m_session->perform(new session::UpdateRowCommand<Decision>(
            *m_session, before, after, tr("Take back the review of a carried-over decision")));
}

} // namespace jalaseh::app
