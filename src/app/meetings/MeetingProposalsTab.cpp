#include "app/meetings/MeetingProposalsTab.h"

#include "app/common/EnumCombo.h"
#include "app/common/PersonListPicker.h"
#include "app/common/ViewSupport.h"
#include "session/DatabaseSession.h"
#include "session/commands/InsertRowCommand.h"
#include "session/commands/RemoveRowCommand.h"
#include "session/commands/UpdateRowCommand.h"
#include "session/models/ProposalListModel.h"
#include "ui_MeetingProposalsTab.h"

namespace jalaseh::app {

using views::addShortcut;
using views::chosenId;
using views::optionalId;
using views::selectedRow;
using views::stored;

MeetingProposalsTab::MeetingProposalsTab(session::PersonListModel& people,
                                         const session::AgendaListModel& agenda, QWidget* parent)
    : MeetingTab(parent)
    , m_ui(std::make_unique<Ui::MeetingProposalsTab>())
    , m_agenda(agenda)
    , m_proposals(new session::ProposalListModel(people, agenda, this))
{
    m_ui->setupUi(this);
    m_ui->proposerPicker->setPeople(&people);
    m_ui->backersPicker->setPeople(&people);
    fillCombo<ProposalStatus>(m_ui->proposalStatusCombo);
    m_ui->proposalTable->setModel(m_proposals);
    views::setUpTable(m_ui->proposalTable, session::ProposalListModel::TextColumn);
    m_ui->proposalTable->setWordWrap(true);
    fillTopicCombo(m_ui->proposalTopicCombo, m_agenda);
    connectWidgets();
}

MeetingProposalsTab::~MeetingProposalsTab() = default;

void MeetingProposalsTab::connectWidgets()
{
    using Tab = MeetingProposalsTab;
    connect(m_ui->addProposalButton, &QPushButton::clicked, this, &Tab::addProposal);
    connect(m_ui->changeProposalButton, &QPushButton::clicked, this, &Tab::changeProposal);
    connect(m_ui->removeProposalButton, &QPushButton::clicked, this, &Tab::removeProposal);
    connect(m_ui->decideProposalButton, &QPushButton::clicked, this, &Tab::decideOnProposal);
    connect(m_ui->proposalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Tab::showSelectedProposal);
    addShortcut(m_ui->proposalTable, QKeySequence::Delete, this, &Tab::removeProposal);
}

void MeetingProposalsTab::reloadRows()
{
    if (!session())
        return;
    const Id selected = views::selectedId(m_ui->proposalTable, *m_proposals);
    if (!read([&] { m_proposals->reload(session()->database(), meeting().id); }))
        return;
    views::fitColumns(m_ui->proposalTable);
    fillTopicCombo(m_ui->proposalTopicCombo, m_agenda);
    selectKeepingForm(m_ui->proposalTable, *m_proposals, selected);
}

void MeetingProposalsTab::addProposal()
{
    const QString text = stored(m_ui->proposalTextEdit->text());
    if (!canEdit() || text.isEmpty()) {
        m_ui->proposalTextEdit->setFocus();
        return;
    }
    Proposal proposal;
    proposal.meetingId = meeting().id;
    proposal.text = text;
    proposal.agendaItemId = optionalId(chosenId(m_ui->proposalTopicCombo));
    proposal.proposerId = optionalId(m_ui->proposerPicker->personId());
    proposal.supporterIds = m_ui->backersPicker->personIds();
    proposal.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    proposal.position = m_proposals->rowCount() + 1;
    auto* command =
        new session::InsertRowCommand<Proposal>(*session(), proposal, tr("Add a proposal"));
    if (session()->perform(command)) {
        m_ui->proposalTextEdit->clear();
        m_ui->proposerPicker->clearPerson();
        m_ui->backersPicker->setPersonIds({});
        selectKeepingForm(m_ui->proposalTable, *m_proposals, command->insertedId());
        m_ui->proposalTextEdit->setFocus();
    }
}

void MeetingProposalsTab::changeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (!session() || row < 0)
        return;
    const Proposal before = m_proposals->proposalAt(row);
    Proposal after = before;
    after.text = stored(m_ui->proposalTextEdit->text());
    after.agendaItemId = optionalId(chosenId(m_ui->proposalTopicCombo));
    after.proposerId = optionalId(m_ui->proposerPicker->personId());
    after.supporterIds = m_ui->backersPicker->personIds();
    after.status = ProposalStatus(m_ui->proposalStatusCombo->currentData().toInt());
    if (after != before && !after.text.isEmpty())
        session()->perform(new session::UpdateRowCommand<Proposal>(*session(), before, after,
                                                                   tr("Change a proposal")));
}

void MeetingProposalsTab::removeProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (session() && row >= 0)
        session()->perform(new session::RemoveRowCommand<Proposal>(
            *session(), m_proposals->proposalAt(row), tr("Remove a proposal")));
}

void MeetingProposalsTab::showSelectedProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    m_ui->decideProposalButton->setEnabled(row >= 0 && canEdit());
    if (row < 0 || keepingForm())
        return;
    const Proposal& proposal = m_proposals->proposalAt(row);
    m_ui->proposalTextEdit->setText(proposal.text);
    views::chooseId(m_ui->proposalTopicCombo, proposal.agendaItemId.value_or(0));
    m_ui->proposerPicker->setPersonId(proposal.proposerId.value_or(0));
    m_ui->backersPicker->setPersonIds(proposal.supporterIds);
    selectValue(m_ui->proposalStatusCombo, int(proposal.status));
}

void MeetingProposalsTab::decideOnProposal()
{
    const int row = selectedRow(m_ui->proposalTable);
    if (row >= 0)
        emit decisionRequested(m_proposals->proposalAt(row));
}

} // namespace jalaseh::app
