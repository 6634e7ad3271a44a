#include "app/meetings/MeetingDecisionsTab.h"

#include "app/common/EnumCombo.h"
#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/SetFollowUpCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/DecisionListModel.h"
#include "session/models/ProposalListModel.h"
#include "ui_MeetingDecisionsTab.h"

namespace jalaseh::app {

using views::addShortcut;
using views::chooseId;
using views::chosenId;
using views::optionalId;
using views::selectedRow;
using views::stored;

MeetingDecisionsTab::MeetingDecisionsTab(session::PersonListModel& people,
                                         const session::ProposalListModel& proposals,
                                         QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingDecisionsTab>())
    , m_proposals(proposals)
    , m_decisions(new session::DecisionListModel(people, this))
{
    m_ui->setupUi(this);
    m_ui->responsiblePicker->setPeople(&people);
    fillCombo<DecisionStatus>(m_ui->decisionStatusCombo);
    fillCombo<FollowUpState>(m_ui->followUpCombo);
    m_ui->decisionTable->setModel(m_decisions);
    views::setUpTable(m_ui->decisionTable, session::DecisionListModel::TextColumn);
    m_ui->decisionTable->setWordWrap(true);
    m_ui->deadlineEdit->setEmptyAllowed(true);
    m_ui->deadlineEdit->setAccessibleName(tr("Deadline"));
    fillProposalCombo();
    connectWidgets();
}

MeetingDecisionsTab::~MeetingDecisionsTab() = default;

void MeetingDecisionsTab::connectWidgets()
{
    using Tab = MeetingDecisionsTab;
    connect(m_ui->addDecisionButton, &QPushButton::clicked, this, &Tab::addDecision);
    connect(m_ui->changeDecisionButton, &QPushButton::clicked, this, &Tab::changeDecision);
    connect(m_ui->removeDecisionButton, &QPushButton::clicked, this, &Tab::removeDecision);
    connect(m_ui->decisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::showSelectedDecision);
    addShortcut(m_ui->decisionTable, QKeySequence::Delete, this, &Tab::removeDecision);
}

void MeetingDecisionsTab::reloadRows()
{
    if (!session())
        return;
    const Id selected = views::selectedId(m_ui->decisionTable, *m_decisions);
    if (!read([&] { m_decisions->reloadMeeting(session()->database(), meeting().id); }))
        return;
    views::fitColumns(m_ui->decisionTable);
    fillProposalCombo();
    selectKeepingForm(m_ui->decisionTable, *m_decisions, selected);
}

// The meeting's proposals by number, for the proposal a decision was made on.
void MeetingDecisionsTab::fillProposalCombo()
{
    QComboBox* combo = m_ui->decisionProposalCombo;
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(tr("(not on a proposal)"), Id(0));
    for (int row = 0; row < m_proposals.rowCount(); ++row) {
        const Id id = m_proposals.idAt(row);
        combo->addItem(m_proposals.shortName(id), id);
    }
    combo->setCurrentIndex(std::max(combo->findData(selected), 0));
}

void MeetingDecisionsTab::startDecisionOn(const Proposal& proposal)
{
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

void MeetingDecisionsTab::addDecision()
{
    const QString text = stored(m_ui->decisionTextEdit->text());
    if (!canEdit() || text.isEmpty() || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    Decision decision;
    decision.meetingId = meeting().id;
    decision.text = text;
    decision.proposalId = optionalId(chosenId(m_ui->decisionProposalCombo));
    decision.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    decision.deadline = m_ui->deadlineEdit->date();
    decision.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    decision.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    decision.position = m_decisions->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<Decision>(*session(), decision, tr("Add a decision"));
    if (session()->perform(command)) {
        m_ui->decisionTextEdit->clear();
        chooseId(m_ui->decisionProposalCombo, 0);
        m_ui->responsiblePicker->clearPerson();
        m_ui->deadlineEdit->setDate({});
        selectKeepingForm(m_ui->decisionTable, *m_decisions, command->insertedId());
        m_ui->decisionTextEdit->setFocus();
    }
}

void MeetingDecisionsTab::changeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (!session() || row < 0 || !m_ui->deadlineEdit->problem().isEmpty())
        return;
    const Decision before = m_decisions->decisionAt(row);
    Decision after = before;
    after.text = stored(m_ui->decisionTextEdit->text());
    after.proposalId = optionalId(chosenId(m_ui->decisionProposalCombo));
    after.responsibleId = optionalId(m_ui->responsiblePicker->personId());
    after.deadline = m_ui->deadlineEdit->date();
    after.status = DecisionStatus(m_ui->decisionStatusCombo->currentData().toInt());
    after.followUp = FollowUpState(m_ui->followUpCombo->currentData().toInt());
    if (after == before || after.text.isEmpty())
        return;
    Decision onlyFollowUp = before;
    onlyFollowUp.followUp = after.followUp;
    if (after == onlyFollowUp) { // what a server's lead may do, and all that changed
        session()->perform(new session::SetFollowUpCommand(
            *session(), session::SetFollowUpCommand::Target::Decision, before.id, before.meetingId,
            before.followUp, after.followUp, tr("Change a decision")));
        return;
    }
    session()->perform(new session::UpdateRowCommand<Decision>(*session(), before, after,
                                                               tr("Change a decision")));
}

void MeetingDecisionsTab::removeDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (session() && row >= 0)
        session()->perform(new session::RemoveRowCommand<Decision>(
            *session(), m_decisions->decisionAt(row), tr("Remove a decision")));
}

void MeetingDecisionsTab::showSelectedDecision()
{
    const int row = selectedRow(m_ui->decisionTable);
    if (row < 0 || keepingForm())
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
