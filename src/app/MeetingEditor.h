#pragma once

#include "core/Meeting.h"

#include <QWidget>
#include <functional>
#include <memory>

class QTableView;

namespace Ui {
class MeetingEditor;
}

namespace jalaseh::app {

class AttendanceListModel;
class BookingConflictBanner;
class CarriedOverPanel;
class ContributionListModel;
class DatabaseSession;
class DecisionListModel;
class PersonListModel;
class ProposalListModel;
class RecordListModel;

// Records one meeting: its details, who attended and how, what each speaker said (in order),
// the proposals and the decisions. Every change is saved as it is made, as an undoable edit.
class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingEditor(QWidget* parent = nullptr);
    ~MeetingEditor() override;

    void setSession(DatabaseSession* session);
    void openMeeting(Id meetingId);
    Id meetingId() const { return m_meeting.id; }
    const Meeting& meeting() const { return m_meeting; }

    void showTab(int index);
    // Moves the selected contribution one place up (-1) or down (+1).
    void moveContribution(int step);

    AttendanceListModel* attendance() const { return m_attendance; }
    ContributionListModel* contributions() const { return m_contributions; }
    ProposalListModel* proposals() const { return m_proposals; }
    DecisionListModel* decisions() const { return m_decisions; }
    CarriedOverPanel* carriedOver() const { return m_carriedOver; }

signals:
    void backRequested();
    void minutesRequested(jalaseh::Id meetingId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpDetails();
    void setUpAttendance();
    void setUpContributions();
    void setUpDecisions();

    void reloadPeople();
    void reloadMeeting();
    void reloadRows();
    void showDetails();
    void showHeading();
    void fillSeriesCombo();
    void fillBodyCombo();

    void editMeeting(const QString& what, const std::function<void(Meeting&)>& change);
    void chooseSeries();
    void newSeries();

    void addBodyMembers();
    void addAttendee();
    void addGuest();
    void showSelectedAttendee();
    void editSelectedAttendee();
    void removeSelectedAttendee();

    void addContribution();
    void changeContribution();
    void removeContribution();
    void moveContributionTo(int fromRow, int toRow);
    void showSelectedContribution();

    void addProposal();
    void changeProposal();
    void removeProposal();
    void showSelectedProposal();

    void addDecision();
    void changeDecision();
    void removeDecision();
    void showSelectedDecision();

    int selectedRow(const QTableView* table) const;
    void selectRowById(QTableView* table, const RecordListModel* model, Id id);

    std::unique_ptr<Ui::MeetingEditor> m_ui;
    DatabaseSession* m_session = nullptr;
    Meeting m_meeting;
    PersonListModel* m_people;
    AttendanceListModel* m_attendance;
    ContributionListModel* m_contributions;
    ProposalListModel* m_proposals;
    DecisionListModel* m_decisions;
    BookingConflictBanner* m_conflicts;
    CarriedOverPanel* m_carriedOver;
    bool m_filling = false; // true while the fields are being filled from the database
};

} // namespace jalaseh::app
