#pragma once

#include "core/Meeting.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class MeetingEditor;
}

namespace jalaseh::session {
class EditRights;
class AgendaListModel;
class AttendanceListModel;
enum class Change;
class ContributionListModel;
class DatabaseSession;
class DecisionListModel;
class PersonListModel;
class ProposalListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

class BookingConflictBanner;
class CarriedOverPanel;
class MeetingAgendaTab;
class MeetingAttachmentsTab;
class MeetingAttendanceTab;
class MeetingContributionsTab;
class MeetingDecisionsTab;
class MeetingDetailsTab;
class MeetingProposalsTab;
class MeetingTab;
class MinutesRecordStrip;

// Records one meeting: its details, who attended and how, its agenda, what each speaker said (in
// order, on which item), the proposals with their backers and the decisions. Every change is
// saved as it is made, as an undoable edit.
//
// Each tab is a class of its own (MeetingDetailsTab, MeetingAttendanceTab, MeetingAgendaTab,
// MeetingContributionsTab, MeetingProposalsTab, MeetingDecisionsTab, MeetingAttachmentsTab); the
// editor holds them with the heading, the clashes banner, where the minutes of record stand
// (MinutesRecordStrip) and the decisions carried over from earlier meetings, reads the meeting
// and tells the tabs when to read their rows again. Approved minutes freeze every tab
// (MeetingTab::setFrozen).
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    // The tabs, in order; Alt+Shift+1 ... Alt+Shift+7 show them (the Meeting menu).
    enum Tab
    {
        DetailsTab,
        AttendanceTab,
        AgendaTab,
        ContributionsTab,
        ProposalsTab,
        DecisionsTab,
        AttachmentsTab
    };

    explicit MeetingEditor(QWidget* parent = nullptr);
    ~MeetingEditor() override;

    void setSession(session::DatabaseSession* session);
    // What the login may change: the strip offers approve and amend to the secretariat only,
    // and a login that may not edit meetings (a lead, a viewer) reads every tab as if frozen.
    void setEditRights(const session::EditRights& rights);
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

    // Writes the open meeting's invitation as an iCalendar file (.ics) the user names, for the
    // invitees' calendars; the button is off, saying why, for a meeting already held or without
    // a start time. Returns false, having said why, when nothing was written.
    bool exportInvitation();
    // The meeting's history (تاریخچه), in a dialog.
    void showHistory();
    // Asks where to save (a file dialog unless a test sets another chooser): title, proposed
    // name, filter; empty when cancelled.
    using SaveFileChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filter)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    session::AttendanceListModel* attendance() const;
    session::AgendaListModel* agenda() const;
    session::ContributionListModel* contributions() const;
    session::ProposalListModel* proposals() const;
    session::DecisionListModel* decisions() const;
    MeetingAttachmentsTab* attachmentsTab() const { return m_attachments; }
    CarriedOverPanel* carriedOver() const { return m_carriedOver; }
    MinutesRecordStrip* minutesRecord() const { return m_minutesRecord; }
    // Whether every tab is read-only: the meeting's minutes are approved, or the login may not
    // edit meetings.
    bool isFrozen() const;

signals:
    void backRequested();
    void minutesRequested(jalaseh::Id meetingId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFrozen();
    void addTabs();
    void showBackButton();
    void showChange(session::Change what, Id meetingId);
    void setMeeting(const Meeting& meeting);
    void reloadPeople();
    void reloadMeeting();
    void reloadRows();
    void showHeading();
    void showInvitationState();

    std::unique_ptr<Ui::MeetingEditor> m_ui;
    session::DatabaseSession* m_session = nullptr;
    Meeting m_meeting;
    session::PersonListModel* m_people;
    BookingConflictBanner* m_conflicts;
    MinutesRecordStrip* m_minutesRecord;
    bool m_mayEdit = true;
    CarriedOverPanel* m_carriedOver;
    MeetingDetailsTab* m_details;
    MeetingAttendanceTab* m_attendance;
    MeetingAgendaTab* m_agenda;
    MeetingContributionsTab* m_contributions;
    MeetingProposalsTab* m_proposals;
    MeetingDecisionsTab* m_decisions;
    MeetingAttachmentsTab* m_attachments;
    QList<MeetingTab*> m_tabs; // all seven, in order
    SaveFileChooser m_chooseFile;
};

} // namespace jalaseh::app
