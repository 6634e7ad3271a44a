// The proposals and decisions tabs of the meeting editor (see MeetingEditor.h).
#include "app/common/EnumCombo.h"
#include "app/common/PersonListPicker.h"
#include "app/common/ViewSupport.h"
#include "app/meetings/MeetingEditor.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/DecisionListModel.h"
#include "session/models/ProposalListModel.h"
#include "ui_MeetingEditor.h"

namespace jalaseh::app {

using views::addShortcut;
using views::optionalId;
using views::stored;

namespace {

Id chosenId(const QComboBox* combo)
{
    return combo->currentData().value<Id>();
}

void chooseId(QComboBox* combo, Id id)
{
    combo->setCurrentIndex(std::max(combo->findData(id), 0));
}

} // namespace

// ---- proposals ----

void MeetingEditor::setUpProposals()
{
    fillCombo<ProposalStatus>(m_ui->proposalStatusCombo);
    m_ui->proposalTable->setModel(m_proposals);
    views::setUpTable(m_ui->proposalTable, session::ProposalListModel::TextColumn);
    m_ui->proposalTable->setWordWrap(true);
    fillTopicCombo(m_ui->proposalTopicCombo);

    connect(m_ui->addProposalButton, &QPushButton::clicked, this, &MeetingEditor::addProposal);
    connect(m_ui->changeProposalButton, &QPushButton::clicked, this,
            &MeetingEditor::changeProposal);
    connect(m_ui->removeProposalButton, &QPushButton::clicked, this,
            &MeetingEditor::removeProposal);
    connect(m_ui->decideProposalButton, &QPushButton::clicked, this,
            &MeetingEditor::decideOnProposal);
    connect(m_ui->proposalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedProposal);
    addShortcut(m_ui->proposalTable, QKeySequence::Delete, this, &MeetingEditor::removeProposal);
}

void MeetingEditor::addProposal()
{
    const QString text = stored(m_ui->proposalTextEdit->text());
    if (!m_session || !m_meeting.id || text.isEmpty()) {
        m_ui->proposalTextEdit->setFocus();
        return;
    }
    Proposal proposal;
    proposal.meetingId = m_meeting.id;
    proposal.text = text;
    proposal.agendaItemId = optionalId(chosenId(m_ui->proposalTopicCombo));
    proposal.proposerId = optionalId(m_ui->proposerPicker->personId());
    proposal.supporterIds = m_ui->backersPicker->personIds();
    proposal.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    proposal.position = m_proposals->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<Proposal>(*m_session, proposal, tr("Add a proposal"));
    if (m_session->perform(command)) {
        m_ui->proposalTextEdit->clear();
        m_ui->proposerPicker->clearPerson();
        m_ui->backersPicker->setPersonIds({});
        selectKeepingForm(m_ui->proposalTable, m_proposals, command->insertedId());
        m_ui->proposalTextEdit->setFocus();
    }
}

void MeetingEditor::changeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (!m_session || row < 0)
        return;
    const Proposal before = m_proposals->proposalAt(row);
    Proposal after = before;
    after.text = stored(m_ui->proposalTextEdit->text());
    after.agendaItemId = optionalId(chosenId(m_ui->proposalTopicCombo));
    after.proposerId = optionalId(m_ui->proposerPicker->personId());
    after.supporterIds = m_ui->backersPicker->personIds();
    after.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    if (after != before && !after.text.isEmpty())
        m_session->perform(new session::UpdateRowCommand<Proposal>(*m_session, before, after,
                                                                   tr("Change a proposal")));
}

void MeetingEditor::removeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (m_session && row >= 0)
        m_session->perform(new session::RemoveRowCommand<Proposal>(
            *m_session, m_proposals->proposalAt(row), tr("Remove a proposal")));
}

void MeetingEditor::showSelectedProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    m_ui->decideProposalButton->setEnabled(row >= 0);
    if (row < 0 || m_keepForms)
        return;
    const Proposal& proposal = m_proposals->proposalAt(row);
    m_ui->proposalTextEdit->setText(proposal.text);
    chooseId(m_ui->proposalTopicCombo, proposal.agendaItemId.value_or(0));
    m_ui->proposerPicker->setPersonId(proposal.proposerId.value_or(0));
    m_ui->backersPicker->setPersonIds(proposal.supporterIds);
    selectValue(m_ui->proposalStatusCombo, int(proposal.status));
}

// Opens a new decision on the selected proposal, its text to start from.
void MeetingEditor::decideOnProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (row < 0)
        return;
    const Proposal& proposal = m_proposals->proposalAt(row);
    showTab(DecisionsTab);
    m_ui->decisionTable->clearSelection();
    m_ui->decisionTable->setCurrentIndex({});
    m_ui->decisionTextEdit->setText(proposal.text);
    chooseId(m_ui->decisionProposalCombo, proposal.id);
    m_ui->responsiblePicker->clearPerson();
    m_ui->deadlineEdit->setDate({});
    selectValue(m_ui->decisionStatusCombo, int(DecisionStatus::Approved));
    selectValue(m_ui->followUpCombo, int(FollowUpState::Open));
    m_ui->decisionTextEdit->setFocus();
}

// The meeting's proposals by number, for the proposal a decision was made on.
void MeetingEditor::fillProposalCombo()
{
    QComboBox* combo = m_ui->decisionProposalCombo;
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(tr("(not on a proposal)"), Id(0));
    for (int row = 0; row < m_proposals->rowCount(); ++row) {
        const Id id = m_proposals->idAt(row);
        combo->addItem(m_proposals->shortName(id), id);
    }
    combo->setCurrentIndex(std::max(combo->findData(selected), 0));
}

// ---- decisions ----

void MeetingEditor::setUpDecisions()
{
    fillCombo<DecisionStatus>(m_ui->decisionStatusCombo);
    fillCombo<FollowUpState>(m_ui->followUpCombo);
    m_ui->decisionTable->setModel(m_decisions);
    views::setUpTable(m_ui->decisionTable, session::DecisionListModel::TextColumn);
    m_ui->decisionTable->setWordWrap(true);
    m_ui->deadlineEdit->setEmptyAllowed(true);
    m_ui->deadlineEdit->setAccessibleName(tr("Deadline"));
    fillProposalCombo();

    connect(m_ui->addDecisionButton, &QPushButton::clicked, this, &MeetingEditor::addDecision);
    connect(m_ui->changeDecisionButton, &QPushButton::clicked, this,
            &MeetingEditor::changeDecision);
    connect(m_ui->removeDecisionButton, &QPushButton::clicked, this,
            &MeetingEditor::removeDecision);
    connect(m_ui->decisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingEditor::showSelectedDecision);
    addShortcut(m_ui->decisionTable, QKeySequence::Delete, this, &MeetingEditor::removeDecision);
}

void MeetingEditor::addDecision()
{
    const QString text = stored(m_ui->decisionTextEdit->text());
    if (!m_session || !m_meeting.id || text.isEmpty() || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    Decision decision;
    decision.meetingId = m_meeting.id;
    decision.text = text;
    decision.proposalId = optionalId(chosenId(m_ui->decisionProposalCombo));
    decision.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    decision.deadline = m_ui->deadlineEdit->date();
    decision.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    decision.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    decision.position = m_decisions->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<Decision>(*m_session, decision, tr("Add a decision"));
    if (m_session->perform(command)) {
        m_ui->decisionTextEdit->clear();
        chooseId(m_ui->decisionProposalCombo, 0);
        m_ui->responsiblePicker->clearPerson();
        m_ui->deadlineEdit->setDate({});
        selectKeepingForm(m_ui->decisionTable, m_decisions, command->insertedId());
        m_ui->decisionTextEdit->setFocus();
    }
}

void MeetingEditor::changeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (!m_session || row < 0 || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    const Decision before = m_decisions->decisionAt(row);
    Decision after = before;
    after.text = stored(m_ui->decisionTextEdit->text());
    after.proposalId = optionalId(chosenId(m_ui->decisionProposalCombo));
    after.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    after.deadline = m_ui->deadlineEdit->date();
    after.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    after.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    if (after != before && !after.text.isEmpty())
        m_session->perform(new session::UpdateRowCommand<Decision>(*m_session, before, after,
                                                                   tr("Change a decision")));
}

void MeetingEditor::removeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (m_session && row >= 0)
        m_session->perform(new session::RemoveRowCommand<Decision>(
            *m_session, m_decisions->decisionAt(row), tr("Remove a decision")));
}

void MeetingEditor::showSelectedDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (row < 0 || m_keepForms)
        return;
    const Decision& decision = m_decisions->decisionAt(row);
    m_ui->decisionTextEdit->setText(decision.text);
    chooseId(m_ui->decisionProposalCombo, decision.proposalId.value_or(0));
    m_ui->responsiblePicker->setPersonId(decision.responsibleId.value_or(0));
    m_ui->deadlineEdit->setDate(decision.deadline);
    selectValue(m_ui->decisionStatusCombo, int(decision.status));
    selectValue(m_ui->followUpCombo, int(decision.followUp));
}

} // namespace jalaseh::app
