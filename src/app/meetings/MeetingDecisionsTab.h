#pragma once

#include "app/meetings/MeetingTab.h"

#include <memory>

namespace Ui {
class MeetingDecisionsTab;
}

namespace jalaseh {
struct Proposal;
}

namespace jalaseh::session {
class DecisionListModel;
class PersonListModel;
class ProposalListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The decisions of the meeting: the text, the proposal it was made on, who follows it up and by
// when (a Jalali deadline), its status and follow-up state. The editor puts the decisions of
// earlier meetings that come back to this one above them (CarriedOverPanel).
class MeetingDecisionsTab : public MeetingTab
{
    Q_OBJECT
public:
    // `proposals` names the proposals decisions are made on; the proposals tab reads it.
    MeetingDecisionsTab(session::PersonListModel& people,
                        const session::ProposalListModel& proposals, QWidget* parent = nullptr);
    ~MeetingDecisionsTab() override;

    session::DecisionListModel* model() const { return m_decisions; }
    // Reads the decisions again (after the proposals), keeping the selected one and what the form
    // holds.
    void reloadRows();
    // Empties the form for a new decision on `proposal`, its text to start from, approved and open.
    void startDecisionOn(const Proposal& proposal);

private:
    void connectWidgets();
    void fillProposalCombo();
    void addDecision();
    void changeDecision();
    void removeDecision();
    void showSelectedDecision();

    std::unique_ptr<Ui::MeetingDecisionsTab> m_ui;
    const session::ProposalListModel& m_proposals;
    session::DecisionListModel* m_decisions;
};

} // namespace jalaseh::app
