#pragma once

#include "app/meetings/MeetingTab.h"

#include <memory>

namespace Ui {
class MeetingProposalsTab;
}

namespace jalaseh {
struct Proposal;
}

namespace jalaseh::session {
class AgendaListModel;
class PersonListModel;
class ProposalListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The proposals made in the meeting: the text, its agenda item, who proposed and who backed it,
// and its status; and a way to record a decision on the selected one.
class MeetingProposalsTab : public MeetingTab
{
    Q_OBJECT
public:
    // `agenda` names the items proposals are on; the agenda tab reads it.
    MeetingProposalsTab(session::PersonListModel& people, const session::AgendaListModel& agenda,
                        QWidget* parent = nullptr);
    ~MeetingProposalsTab() override;

    session::ProposalListModel* model() const { return m_proposals; }
    // Reads the proposals again (after the agenda), keeping the selected one and what the form
    // holds.
    void reloadRows();

signals:
    // "Record a decision on it…": a new decision on the proposal, its text to start from.
    void decisionRequested(const jalaseh::Proposal& proposal);

private:
    void connectWidgets();
    void addProposal();
    void changeProposal();
    void removeProposal();
    void showSelectedProposal();
    void decideOnProposal();

    std::unique_ptr<Ui::MeetingProposalsTab> m_ui;
    const session::AgendaListModel& m_agenda;
    session::ProposalListModel* m_proposals;
};

} // namespace jalaseh::app
