#pragma once

#include "app/meetings/MeetingTab.h"

#include <memory>

namespace Ui {
class MeetingContributionsTab;
}

namespace jalaseh::session {
class AgendaListModel;
class ContributionListModel;
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// What each speaker said, in order and on which agenda item, typed without the mouse (Ctrl+Enter
// adds it); reordered by Ctrl+Up and Ctrl+Down or by dragging, each move an undoable edit.
class MeetingContributionsTab : public MeetingTab
{
    Q_OBJECT
public:
    // `agenda` names the items contributions are on; the agenda tab reads it.
    MeetingContributionsTab(session::PersonListModel& people,
                            const session::AgendaListModel& agenda, QWidget* parent = nullptr);
    ~MeetingContributionsTab() override;

    session::ContributionListModel* model() const { return m_contributions; }
    // Reads the contributions again (after the agenda), keeping the selected one and what the
    // form holds.
    void reloadRows();
    // Moves the selected contribution one place up (-1) or down (+1).
    void moveSelected(int step);

private:
    void connectWidgets();
    void addContribution();
    void changeContribution();
    void removeContribution();
    void moveContribution(int fromRow, int toRow);
    void showSelectedContribution();

    std::unique_ptr<Ui::MeetingContributionsTab> m_ui;
    const session::AgendaListModel& m_agenda;
    session::ContributionListModel* m_contributions;
};

} // namespace jalaseh::app
