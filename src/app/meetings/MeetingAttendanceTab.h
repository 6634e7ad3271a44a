#pragma once

#include "app/meetings/MeetingTab.h"

#include <memory>

namespace Ui {
class MeetingAttendanceTab;
}

namespace jalaseh::session {
class AttendanceListModel;
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// Who attended and how: whole bodies or all working-group leads added at once, one person, a
// guest created on the spot, or a pasted list of names; then each attendee's role, status, the
// body they represent, the reason of an absence and how late they came.
class MeetingAttendanceTab : public MeetingTab
{
    Q_OBJECT
public:
    explicit MeetingAttendanceTab(session::PersonListModel& people, QWidget* parent = nullptr);
    ~MeetingAttendanceTab() override;

    session::AttendanceListModel* model() const { return m_attendance; }
    // Reads the meeting's attendees again, keeping the selected one.
    void reloadRows();
    // Reads the bodies again, for adding their members and for the body an attendee represents.
    void reloadBodies();
    // Reads a pasted list of attendees (the clipboard's text to begin with) and adds them.
    void pasteAttendees();

private:
    void connectWidgets();
    void suggestBodyRole();
    void addBodyMembers();
    void addAttendee();
    void addGuest();
    void showSelectedAttendee();
    void editSelectedAttendee();
    void removeSelectedAttendee();

    std::unique_ptr<Ui::MeetingAttendanceTab> m_ui;
    session::AttendanceListModel* m_attendance;
    bool m_filling = false; // true while the attendee's fields are being filled
};

} // namespace jalaseh::app
