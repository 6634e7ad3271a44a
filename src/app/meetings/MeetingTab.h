#pragma once

#include "core/Meeting.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QTableView;

namespace jalaseh::session {
class AgendaListModel;
class DatabaseSession;
class RecordListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The base of the meeting editor's tabs. The editor (MeetingEditor.h) gives each tab the session
// it edits through and the meeting it shows, and tells it when to read its rows again; a tab
// never listens to the session itself, so that the rows that name others (the agenda items a
// contribution is on, the proposal a decision was made on) are read in order.
class MeetingTab : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingTab(QWidget* parent = nullptr);
    ~MeetingTab() override;

    void setSession(session::DatabaseSession* session) { m_session = session; }
    // The meeting as last read (its id 0 when none is open); edits are made on it.
    void setMeeting(const Meeting& meeting) { m_meeting = meeting; }
    // Approved minutes (MinutesRecordStrip): every field read-only, every button and action that
    // edits disabled, the rows still selectable, scrollable and copyable; and back.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    // A widget with this property true only reads (opening an attached file, saving a copy of
    // it): freezing leaves it as it is.
    static constexpr char readsOnly[] = "jalasehReadsOnly";

protected:
    session::DatabaseSession* session() const { return m_session; }
    const Meeting& meeting() const { return m_meeting; }
    Meeting& meeting() { return m_meeting; }
    // Reads through the session's guarded path (DatabaseSession::read): a failure is reported
    // there and false returned, the tab keeping what it showed.
    bool read(const std::function<void()>& read) const;
    // True when there is a meeting to add rows to.
    bool canEdit() const { return m_session && m_meeting.id && !m_frozen; }

    // Selects the row of `id` without showing it in the tab's form, which holds what the user is
    // typing; the form's slot asks keepingForm().
    void selectKeepingForm(QTableView* table, const session::RecordListModel& model, Id id);
    bool keepingForm() const { return m_keepForm; }

    // Agenda items by number, for a contribution's or a proposal's topic; keeps the one chosen.
    static void fillTopicCombo(QComboBox* combo, const session::AgendaListModel& agenda);

private:
    session::DatabaseSession* m_session = nullptr;
    Meeting m_meeting;
    bool m_keepForm = false;
    bool m_frozen = false;
};

} // namespace jalaseh::app
