#pragma once

#include "core/Meeting.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QTableView;

namespace Ui {
class MeetingEditor;
}

namespace jalaseh::session {
class AgendaListModel;
class AttendanceListModel;
class ContributionListModel;
class DatabaseSession;
class DecisionListModel;
class PersonListModel;
class ProposalListModel;
class RecordListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class BookingConflictBanner;
class CarriedOverPanel;

// Records one meeting: its details, who attended and how, its agenda, what each speaker said (in
// order, on which item), the proposals with their backers and the decisions. Every change is
// saved as it is made, as an undoable edit.
//
// The tabs' code is kept in one file each: MeetingEditor.cpp (loading, details),
// MeetingEditorAttendance.cpp, MeetingEditorAgenda.cpp (agenda and contributions) and
// MeetingEditorDecisions.cpp (proposals and decisions).
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    // The tabs, in order; Alt+Shift+1 ... Alt+Shift+6 show them (the Meeting menu).
    enum Tab
    {
        DetailsTab,
        AttendanceTab,
        AgendaTab,
        ContributionsTab,
        ProposalsTab,
        DecisionsTab
    };

    explicit MeetingEditor(QWidget* parent = nullptr);
    ~MeetingEditor() override;

    void setSession(session::DatabaseSession* session);
    void openMeeting(Id meetingId);
    Id meetingId() const { return m_meeting.id; }
    const Meeting& meeting() const { return m_meeting; }

    void showTab(int index);
    // The tabs' titles, with their mnemonics, for the menu that shows them.
    QStringList tabTitles() const;
    // Moves the selected contribution or agenda item one place up (-1) or down (+1).
    void moveContribution(int step);
    void moveAgendaItem(int step);
    // Reads a pasted list of attendees (the clipboard's text to begin with) and adds them.
    void pasteAttendees();

    session::AttendanceListModel* attendance() const { return m_attendance; }
    session::AgendaListModel* agenda() const { return m_agenda; }
    session::ContributionListModel* contributions() const { return m_contributions; }
    session::ProposalListModel* proposals() const { return m_proposals; }
    session::DecisionListModel* decisions() const { return m_decisions; }
    CarriedOverPanel* carriedOver() const { return m_carriedOver; }

signals:
    void backRequested();
    void minutesRequested(jalaseh::Id meetingId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpDetails();
    void setUpAttendance();
    void setUpAgenda();
    void setUpContributions();
    void setUpProposals();
    void setUpDecisions();
    void showBackButton();

    void reloadPeople();
    void reloadMeeting();
    void reloadRows();
    void showDetails();
    void showHeading();
    void fillSeriesCombo();
    void fillBodyCombo();
    void fillTopicCombo(QComboBox* combo);
    void fillProposalCombo();

    void editMeeting(const QString& what, const std::function<void(Meeting&)>& change);
    void chooseSeries();
    void newSeries();

    void suggestBodyRole();
    void addBodyMembers();
    void addAttendee();
    void addGuest();
    void showSelectedAttendee();
    void editSelectedAttendee();
    void removeSelectedAttendee();

    void addAgendaItem();
    void changeAgendaItem();
    void removeAgendaItem();
    void moveAgendaItemTo(int fromRow, int toRow);
    void showSelectedAgendaItem();

    void addContribution();
    void changeContribution();
    void removeContribution();
    void moveContributionTo(int fromRow, int toRow);
    void showSelectedContribution();

    void addProposal();
    void changeProposal();
    void removeProposal();
    void showSelectedProposal();
    void decideOnProposal();

    void addDecision();
    void changeDecision();
    void removeDecision();
    void showSelectedDecision();

    int selectedRow(const QTableView* table) const;
    void selectRowById(QTableView* table, const session::RecordListModel* model, Id id);
    // Selects the row without showing it in its form (which holds what the user is typing).
    void selectKeepingForm(QTableView* table, const session::RecordListModel* model, Id id);
    void fitColumns(QTableView* table);

    std::unique_ptr<Ui::MeetingEditor> m_ui;
    session::DatabaseSession* m_session = nullptr;
    Meeting m_meeting;
    session::PersonListModel* m_people;
    session::AttendanceListModel* m_attendance;
    session::AgendaListModel* m_agenda;
    session::ContributionListModel* m_contributions;
    session::ProposalListModel* m_proposals;
    session::DecisionListModel* m_decisions;
    BookingConflictBanner* m_conflicts;
    CarriedOverPanel* m_carriedOver;
    bool m_filling = false;   // true while the fields are being filled from the database
    bool m_keepForms = false; // true while a selected row must not replace what a form holds
};

} // namespace jalaseh::app
